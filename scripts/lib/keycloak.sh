# A real Keycloak on loopback for end-to-end checks. Source it after common.sh.
#
#   keycloak_java || skip        # finds Java 21+ (Keycloak 26 needs it); says so in one line when there is none
#   keycloak_start WORK_DIR      # fetches, copies and starts Keycloak with the test realm; sets KEYCLOAK_URL,
#                                # KEYCLOAK_ISSUER, KEYCLOAK_PID; KEYCLOAK_TOKEN_LIFESPAN (seconds) sets the realm's
#                                # access-token lifetime (default 300)
#   keycloak_stop                # stops it by its own PID
#
# The distribution is org.keycloak:keycloak-quarkus-dist from Maven Central, fetched with Maven once into
# $XDG_CACHE_HOME/restsh/keycloak (or ~/.cache) and unzipped there; each run starts a copy of it in WORK_DIR, so
# runs never share a database and the cache stays pristine.

KEYCLOAK_VERSION=26.4.7
KEYCLOAK_REALM=restsh
KEYCLOAK_REALM_FILE="$ROOT/server/src/test/resources/keycloak/restsh-realm.json"
KEYCLOAK_CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/restsh/keycloak"
KEYCLOAK_START_LIMIT=${KEYCLOAK_START_LIMIT:-300}
# Where installed JDKs are looked for when JAVA_HOME is older than 21.
KEYCLOAK_JVM_DIR=${KEYCLOAK_JVM_DIR:-/usr/lib/jvm}

# Prints the major version of the java at $1 (0 when it does not run).
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1 \
    | grep . || echo 0
}

# Sets KEYCLOAK_JAVA_HOME to a Java 21 or newer: JAVA_HOME if it is one, else the newest in $KEYCLOAK_JVM_DIR.
# Without one, prints one line saying so and returns 1.
keycloak_java() {
  local candidate best="" best_major=0 major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
    KEYCLOAK_JAVA_HOME=$JAVA_HOME
    return 0
  fi
  for candidate in "$KEYCLOAK_JVM_DIR"/*; do
    [ -x "$candidate/bin/java" ] || continue
    major=$(java_major "$candidate/bin/java")
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best=$candidate
      best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    echo "Keycloak $KEYCLOAK_VERSION needs Java 21 or newer; none found (JAVA_HOME, $KEYCLOAK_JVM_DIR): skipped" >&2
    return 1
  fi
  KEYCLOAK_JAVA_HOME=$best
}

# Fetches the distribution zip with Maven (once) and unzips it into the cache; prints the unzipped folder.
keycloak_distribution() {
  local home="$KEYCLOAK_CACHE/keycloak-$KEYCLOAK_VERSION"
  local zip="$KEYCLOAK_CACHE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  if [ ! -x "$home/bin/kc.sh" ]; then
    mkdir -p "$KEYCLOAK_CACHE"
    if [ ! -f "$zip" ]; then
      echo "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central (once, into $KEYCLOAK_CACHE)..." >&2
      (cd "$ROOT" && ./mvnw -B -q -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$KEYCLOAK_CACHE") >&2 \
        || return 1
    fi
    # Unzipped beside and renamed at the end: an interrupted unzip never passes for a complete one.
    rm -rf "$KEYCLOAK_CACHE/unzip.$$"
    unzip -q "$zip" -d "$KEYCLOAK_CACHE/unzip.$$" && mv "$KEYCLOAK_CACHE/unzip.$$/keycloak-$KEYCLOAK_VERSION" "$home" \
      || { rm -rf "$KEYCLOAK_CACHE/unzip.$$"; return 1; }
    rm -rf "$KEYCLOAK_CACHE/unzip.$$"
  fi
  echo "$home"
}

# Starts Keycloak (start-dev, in-memory database) on a free loopback port with the realm imported, and waits until
# the realm's discovery document answers. Needs keycloak_java first.
keycloak_start() {
  local work=$1 distribution home port management_port deadline
  distribution=$(keycloak_distribution) || return 1
  home="$work/keycloak"
  rm -rf "$home"
  cp -a "$distribution" "$home"
  mkdir -p "$home/data/import"
  jq --argjson lifespan "${KEYCLOAK_TOKEN_LIFESPAN:-300}" '.accessTokenLifespan = $lifespan' \
    "$KEYCLOAK_REALM_FILE" >"$home/data/import/$KEYCLOAK_REALM-realm.json"
  port=$(free_port) || return 1
  management_port=$(free_port) || return 1
  KEYCLOAK_URL="http://127.0.0.1:$port"
  KEYCLOAK_ISSUER="$KEYCLOAK_URL/realms/$KEYCLOAK_REALM"
  KEYCLOAK_LOG="$work/keycloak.log"
  # A session of its own (Ctrl-C in the caller's terminal must not reach it); kc.sh passes TERM on to Java.
  JAVA_HOME="$KEYCLOAK_JAVA_HOME" JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
    setsid "$home/bin/kc.sh" start-dev --import-realm --db=dev-mem --http-host=127.0.0.1 --http-port="$port" \
    --http-management-port="$management_port" --hostname-strict=false </dev/null >"$KEYCLOAK_LOG" 2>&1 &
  KEYCLOAK_PID=$!
  deadline=$((SECONDS + KEYCLOAK_START_LIMIT))
  until curl -fsS -o /dev/null --max-time 2 "$KEYCLOAK_ISSUER/.well-known/openid-configuration" 2>/dev/null; do
    if ! kill -0 "$KEYCLOAK_PID" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
      echo "Keycloak did not start in ${KEYCLOAK_START_LIMIT}s; its log ($KEYCLOAK_LOG) ends with:" >&2
      tail -n 20 "$KEYCLOAK_LOG" >&2
      keycloak_stop
      return 1
    fi
    sleep 0.5
  done
}

# Stops the Keycloak started by keycloak_start: TERM to its PID, then KILL to its own process group after 20 s.
keycloak_stop() {
  local deadline
  if [ -n "${KEYCLOAK_PID:-}" ] && kill -0 "$KEYCLOAK_PID" 2>/dev/null; then
    kill -TERM "$KEYCLOAK_PID" 2>/dev/null || true
    deadline=$((SECONDS + 20))
    while kill -0 "$KEYCLOAK_PID" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do
      sleep 0.2
    done
    kill -KILL -- "-$KEYCLOAK_PID" 2>/dev/null || true
    wait "$KEYCLOAK_PID" 2>/dev/null || true
  fi
  KEYCLOAK_PID=
}

# --- tokens and Keycloak's own pages, driven with curl ------------------------------------------------------------

# Prints an access token from the client-credentials grant: keycloak_client_token CLIENT_ID SECRET
keycloak_client_token() {
  curl -fsS --max-time 20 -u "$1:$2" -d grant_type=client_credentials "$KEYCLOAK_ISSUER/protocol/openid-connect/token" \
    | jq -er .access_token
}

# Prints the claims of a JWT (its payload, base64url without padding) as JSON.
jwt_claims() {
  python3 -c 'import base64, sys; p = sys.argv[1].split(".")[1]; print(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)).decode())' "$1"
}

# Prints the first form of an HTML page as lines: the action URL (made absolute against Keycloak's address: its
# consent page names a path only), then each hidden field as name=value (URL-encoded).
keycloak_form() {
  python3 -c '
import sys, html.parser, urllib.parse
class Form(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.action = None; self.fields = []; self.done = False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.done: return
        if tag == "form" and self.action is None: self.action = a.get("action", "")
        elif tag == "input" and self.action is not None and a.get("type") == "hidden" and a.get("name"):
            self.fields.append((a["name"], a.get("value") or ""))
    def handle_endtag(self, tag):
        if tag == "form" and self.action is not None: self.done = True
form = Form(); form.feed(sys.stdin.read())
if form.action is None: sys.exit(1)
print(urllib.parse.urljoin(sys.argv[1], form.action))
for name, value in form.fields: print(urllib.parse.urlencode({name: value}))
' "$KEYCLOAK_URL/" <"$1"
}

# Submits the first form of page $1 with its hidden fields and the given name=value pairs, the cookies in jar $2;
# the answer goes to $1 (body) and $1.headers. Redirects are not followed: the caller looks at Location.
keycloak_submit() {
  local page=$1 jar=$2 action field
  shift 2
  local form
  form=$(keycloak_form "$page") || { echo "no form on the page ($page)" >&2; return 1; }
  action=$(head -n 1 <<<"$form")
  local args=()
  while IFS= read -r field; do
    [ -n "$field" ] && args+=(--data "$field")
  done < <(tail -n +2 <<<"$form")
  for field in "$@"; do
    args+=(--data-urlencode "$field")
  done
  curl -sS --max-time 20 -b "$jar" -c "$jar" -D "$page.headers" -o "$page.next" "${args[@]}" "$action" || return 1
  mv "$page.next" "$page"
}

# The Location of the last answer of keycloak_submit, or nothing.
keycloak_location() {
  tr -d '\r' <"$1.headers" | sed -n 's/^[Ll]ocation: //p' | tail -n 1
}

# Logs USER in through the pages at URL (an authorization or device-verification URL), answering Keycloak's
# consent page when it shows one, and prints the final redirect's Location (for the code grant: the redirect URI
# with code and state), empty when the flow ends on a page (the device grant's "you may close this window").
# keycloak_login URL USER PASSWORD WORK_DIR
keycloak_login() {
  local url=$1 user=$2 password=$3 work=$4 page jar location step
  page=$(mktemp "$work/page.XXXXXX")
  jar="$page.cookies"
  curl -sS -L --max-time 20 -b "$jar" -c "$jar" -o "$page" "$url" || return 1
  keycloak_submit "$page" "$jar" "username=$user" "password=$password" || return 1
  for step in 1 2 3 4 5; do
    location=$(keycloak_location "$page")
    if [ -n "$location" ]; then
      case "$location" in
        "$KEYCLOAK_URL"/*) curl -sS --max-time 20 -b "$jar" -c "$jar" -D "$page.headers" -o "$page" "$location" || return 1 ;;
        *) echo "$location"; return 0 ;;
      esac
    elif grep -q 'name="accept"' "$page"; then
      keycloak_submit "$page" "$jar" "accept=Yes" || return 1
    else
      grep -q 'id="kc-form-login"' "$page" && { echo "the login at $url failed: Keycloak shows its login form again" >&2; return 1; }
      return 0
    fi
  done
  echo "the login at $url did not finish in 5 steps" >&2
  return 1
}

# Approves a device code as USER: opens the verification URL with the user code filled in, logs in, consents.
# keycloak_approve_device VERIFICATION_URI_COMPLETE USER PASSWORD WORK_DIR
keycloak_approve_device() {
  keycloak_login "$@" >/dev/null
}

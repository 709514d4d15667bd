package dev.restsh.shell.http;

import java.net.CookieManager;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The session's cookies: the JDK's in-memory store, plus the moment each cookie with a max-age expires. HttpCookie
 * counts its max-age in whole seconds from when the object was made and keeps that moment to itself, so a saved
 * session needs the moment from here (a max-age saved as it is would start again at every load).
 */
public final class CookieJar implements CookieStore {
    private final CookieStore store = new CookieManager().getCookieStore();
    /** By identity: HttpCookie's equals compares name, domain and path only. */
    private final Map<HttpCookie, Instant> expiries = new IdentityHashMap<>();

    private Clock clock = Clock.systemUTC();

    /** Tells the time by this clock from now on (a test's jar can live later without waiting for it). */
    public synchronized void clock(Clock newClock) {
        clock = newClock;
    }

    @Override
    public synchronized void add(URI uri, HttpCookie cookie) {
        add(uri, cookie, cookie.getMaxAge() > 0 ? clock.instant().plusSeconds(cookie.getMaxAge()) : null);
    }

    /** Adds a cookie that expires at this moment (null: when the session ends), as a saved session gives it back. */
    public synchronized void add(URI uri, HttpCookie cookie, Instant expiry) {
        store.add(uri, cookie);
        // The store replaced any cookie equal to this one (or, for a max-age of 0, only removed it).
        expiries.keySet().removeIf(kept -> kept.equals(cookie));
        if (expiry != null && cookie.getMaxAge() != 0) {
            expiries.put(cookie, expiry);
        }
    }

    /** When the cookie expires; empty for a cookie without a max-age (one for as long as the session lasts). */
    public synchronized Optional<Instant> expiry(HttpCookie cookie) {
        return Optional.ofNullable(expiries.get(cookie));
    }

    @Override
    public synchronized List<HttpCookie> get(URI uri) {
        return live(store.get(uri));
    }

    @Override
    public synchronized List<HttpCookie> getCookies() {
        return live(store.getCookies());
    }

    @Override
    public synchronized List<URI> getURIs() {
        return store.getURIs();
    }

    @Override
    public synchronized boolean remove(URI uri, HttpCookie cookie) {
        expiries.keySet().removeIf(kept -> kept.equals(cookie));
        return store.remove(uri, cookie);
    }

    @Override
    public synchronized boolean removeAll() {
        expiries.clear();
        return store.removeAll();
    }

    /** Without the cookies past their moment, which the store would keep up to a second longer. */
    private List<HttpCookie> live(List<HttpCookie> cookies) {
        Instant now = clock.instant();
        return cookies.stream()
                .filter(cookie -> expiry(cookie).map(now::isBefore).orElse(true))
                .toList();
    }
}

package dev.restsh.server.inventory;

import static dev.restsh.server.support.Api.authorized;
import static dev.restsh.server.support.Api.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.restsh.server.support.SeededInventory;
import dev.restsh.server.support.TemporaryDataDirectory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TemporaryDataDirectory.class)
class IpResourceTest {
    @Inject
    SeededInventory inventory;

    @BeforeEach
    void seed() throws Exception {
        inventory.reset();
    }

    @Test
    void addsAnAddressInCanonicalFormWithCalculatedFields() {
        json("{\"ip\": \"2001:DB8::0001\", \"label\": \"build server\"}")
                .post("/ips")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/ips/2001:db8::1"))
                .header("ETag", not(nullValue()))
                .body("ip", equalTo("2001:db8::1"))
                .body("label", equalTo("build server"))
                .body("version", equalTo(6))
                .body("scope", equalTo("documentation"))
                .body("ptr", equalTo("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"));

        given().get("/ips/2001:db8:0:0:0:0:0:1").then().statusCode(200).body("label", equalTo("build server"));
        given().get("/get_ips").then().body(endsWith("\"ip\": \"2001:db8::1\"\n    }\n  ]\n}\n"));
    }

    @Test
    void refusesTheSameAddressTwiceInAnySpelling() {
        json("{\"ip\": \"2001:db8::1\"}").post("/ips").then().statusCode(201);
        json("{\"ip\": \"2001:DB8:0::0:1\"}")
                .post("/ips")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        equalTo(
                                "2001:db8::1 is already in the inventory; use PUT or PATCH /ips/2001:db8::1 to change its label."));
    }

    @Test
    void putCreatesThenReplaces() {
        json("{\"label\": \"first\"}")
                .put("/ips/10.0.0.1")
                .then()
                .statusCode(201)
                .body("label", equalTo("first"));
        json("{\"label\": \"second\"}")
                .put("/ips/10.0.0.1")
                .then()
                .statusCode(200)
                .body("label", equalTo("second"));
        json("{}").put("/ips/10.0.0.1").then().statusCode(200).body("label", equalTo(""));
    }

    @Test
    void patchChangesOnlyTheLabel() {
        json("{\"ip\": \"10.0.0.2\", \"label\": \"old\"}").post("/ips").then().statusCode(201);
        authorized()
                .contentType("application/merge-patch+json")
                .body("{\"label\": \"new\"}")
                .patch("/ips/10.0.0.2")
                .then()
                .statusCode(200)
                .body("label", equalTo("new"))
                .body("ip", equalTo("10.0.0.2"));
        json("{}").patch("/ips/10.0.0.2").then().statusCode(200).body("label", equalTo("new"));
        json("{\"label\": null}").patch("/ips/10.0.0.2").then().statusCode(200).body("label", equalTo(""));
        json("{\"label\": \"x\"}").patch("/ips/10.0.0.3").then().statusCode(404);
        // A body-less PATCH or PUT is told what its body looks like: a label, the address being in the path.
        authorized()
                .contentType("application/json")
                .patch("/ips/10.0.0.2")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("A JSON object body is required, such as {\"label\": \"router\"}."));
        authorized()
                .contentType("application/json")
                .put("/ips/10.0.0.2")
                .then()
                .statusCode(400)
                .body("detail", containsString("{\"label\": \"router\"}"));
    }

    @Test
    void deleteRemovesTheAddress() {
        authorized().delete("/ips/9.2.3.4").then().statusCode(204);
        given().get("/ips/9.2.3.4").then().statusCode(404).contentType("application/problem+json");
        authorized().delete("/ips/9.2.3.4").then().statusCode(404);
        given().get("/get_ips").then().header("X-Total-Count", "1");
    }

    @Test
    void conditionalRequestsUseTheEntityTag() {
        Response first = given().get("/ips/1.2.3.4");
        String etag = first.header("ETag");
        given().header("If-None-Match", etag).get("/ips/1.2.3.4").then().statusCode(304);

        json("{\"label\": \"changed\"}")
                .header("If-Match", "\"1-999\"")
                .put("/ips/1.2.3.4")
                .then()
                .statusCode(412);
        Response changed =
                json("{\"label\": \"changed\"}").header("If-Match", etag).put("/ips/1.2.3.4");
        assertEquals(200, changed.statusCode());
        assertNotEquals(etag, changed.header("ETag"));
        json("{\"label\": \"again\"}")
                .header("If-Match", etag)
                .patch("/ips/1.2.3.4")
                .then()
                .statusCode(412);
        authorized().header("If-Match", etag).delete("/ips/1.2.3.4").then().statusCode(412);
        json("{\"label\": \"x\"}")
                .header("If-None-Match", "*")
                .put("/ips/1.2.3.4")
                .then()
                .statusCode(412);
        json("{\"label\": \"x\"}")
                .header("If-None-Match", "*")
                .put("/ips/1.2.3.5")
                .then()
                .statusCode(201);
        authorized()
                .header("If-Match", changed.header("ETag"))
                .delete("/ips/1.2.3.4")
                .then()
                .statusCode(204);
    }

    /** RFC 9110 section 13.1.2: on a write, If-None-Match naming the current version (or *) refuses the change. */
    @Test
    void ifNoneMatchOnWritesRefusesTheNamedVersions() {
        String etag = given().get("/ips/1.2.3.4").header("ETag");
        json("{\"label\": \"x\"}")
                .header("If-None-Match", "\"other\", " + etag)
                .put("/ips/1.2.3.4")
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("If-None-Match names the current ETag"));
        json("{\"label\": \"x\"}")
                .header("If-None-Match", "W/" + etag)
                .patch("/ips/1.2.3.4")
                .then()
                .statusCode(412);
        json("{\"label\": \"x\"}")
                .header("If-None-Match", "*")
                .patch("/ips/1.2.3.4")
                .then()
                .statusCode(412);
        authorized().header("If-None-Match", "*").delete("/ips/1.2.3.4").then().statusCode(412);
        authorized().header("If-None-Match", etag).delete("/ips/1.2.3.4").then().statusCode(412);
        given().get("/ips/1.2.3.4").then().statusCode(200).body("label", equalTo("from the tutorial"));

        json("{\"label\": \"y\"}")
                .header("If-None-Match", "\"other\"")
                .patch("/ips/1.2.3.4")
                .then()
                .statusCode(200)
                .body("label", equalTo("y"));
        authorized().header("If-None-Match", etag).delete("/ips/1.2.3.4").then().statusCode(204);
    }

    /** Requests no REST method handles (OPTIONS here) are tagged with the route, not one time series per address. */
    @Test
    void metricsTagItemRequestsWithTheRouteNotTheAddress() {
        given().options("/ips/10.9.0.1").then().statusCode(200);
        String metrics = given().get("/q/metrics").asString();
        org.junit.jupiter.api.Assertions.assertFalse(metrics.contains("uri=\"/ips/10.9.0.1\""), metrics);
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("uri=\"/ips/{ip}\""), metrics);
    }

    /** The limit counts characters (code points), on every database: 200 emoji are 400 UTF-16 units. */
    @Test
    void aLabelOfTwoHundredCharactersFitsWhateverTheyAre() {
        String emoji = "\uD83D\uDE00".repeat(200);
        json("{\"ip\": \"192.0.2.12\", \"label\": \"" + emoji + "\"}")
                .post("/ips")
                .then()
                .statusCode(201)
                .body("label", equalTo(emoji));
        json("{\"label\": \"" + emoji + "x\"}")
                .patch("/ips/192.0.2.12")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().get("/ips/192.0.2.12").then().body("label", equalTo(emoji));
    }

    @Test
    void listsWithFiltersAndCursorPaging() {
        for (String ip : new String[] {"10.0.0.1", "10.200.0.1", "192.168.0.1", "fd00::1", "2001:db8::1"}) {
            json("{\"ip\": \"" + ip + "\", \"label\": \"lab " + ip + "\"}")
                    .post("/ips")
                    .then()
                    .statusCode(201);
        }
        given().queryParam("in", "10.0.0.0/8").get("/ips").then().body("items.ip", contains("10.0.0.1", "10.200.0.1"));
        given().queryParam("scope", "private").get("/ips").then().header("X-Total-Count", "4");
        given().queryParam("version", "6").get("/ips").then().body("items.ip", contains("fd00::1", "2001:db8::1"));
        given().queryParam("q", "LAB 192").get("/ips").then().body("items.ip", contains("192.168.0.1"));
        given().queryParam("q", "%").get("/ips").then().body("items", empty());
        given().queryParam("in", "200.0.0.0/8").get("/ips").then().body("items", empty());

        Response first = given().queryParam("limit", 3).get("/ips");
        first.then()
                .body("items.ip", contains("1.2.3.4", "9.2.3.4", "10.0.0.1"))
                .header("X-Total-Count", "7");
        String link = first.header("Link");
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        given().urlEncodingEnabled(false)
                .get(next)
                .then()
                .body("items.ip", contains("10.200.0.1", "192.168.0.1", "fd00::1"));
    }

    @Test
    void writesNeedTheBearerToken() {
        given().contentType("application/json")
                .body("{\"ip\": \"10.0.0.9\"}")
                .post("/ips")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer realm=\"restsh\"")
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer wrong")
                .delete("/ips/1.2.3.4")
                .then()
                .statusCode(401);
        given().header("Authorization", "Basic dXNlcjpwYXNz")
                .delete("/ips/1.2.3.4")
                .then()
                .statusCode(401);
        given().get("/ips/1.2.3.4").then().statusCode(200);
    }

    @Test
    void answersMethodQuestions() {
        given().delete("/get_ips")
                .then()
                .statusCode(405)
                .header("Allow", "GET, HEAD, OPTIONS")
                .contentType("application/problem+json");
        given().put("/ips").then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS, POST");
        given().options("/ips/1.2.3.4").then().statusCode(200).header("Allow", not(nullValue()));
        given().head("/ips/1.2.3.4").then().statusCode(200).header("ETag", not(nullValue()));
    }
}

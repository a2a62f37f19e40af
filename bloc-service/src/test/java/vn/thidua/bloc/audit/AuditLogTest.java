package vn.thidua.bloc.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.audit.AuditRecord;
import vn.thidua.platform.audit.AuditSealer;
import vn.thidua.platform.audit.AuditSigner;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.audit.MerkleTree;
import vn.thidua.platform.testing.TestTokens;

/**
 * The audit log is a transparency log: appended without a lock, sealed into a Merkle tree with signed heads; a
 * record is proved to be in a head, a later head to extend an earlier one, and a record edited in the database is
 * named by the check.
 */
@QuarkusTest
class AuditLogTest {

    static final UUID PROVINCE = UUID.fromString("10000000-0000-0000-0000-000000000001");

    @Inject
    AuditSealer sealer;

    @Inject
    AuditTrail trail;

    @Inject
    EntityManager em;

    static String officer() {
        return TestTokens.user("officer.demo")
                .name("Nguyễn Thị Hoa")
                .roles("officer")
                .unit(PROVINCE)
                .get();
    }

    static String auditor() {
        return TestTokens.user("admin.demo").roles("admin").unit(PROVINCE).get();
    }

    long createUnit(String name) {
        String id = given().auth()
                .oauth2(officer())
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "shortName", "PKT", "kind", "ORGANIZATION"))
                .post("/api/v1/units")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditRecord.<AuditRecord>find("entityId = ?1 and action = 'unit.create'", id)
                        .firstResult()
                        .seq);
    }

    /** Seals until nothing is left (the scheduled sealer may be holding the lock for a moment). */
    void sealEverything() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            sealer.seal();
            long left = QuarkusTransaction.requiringNew()
                    .call(() -> ((Number) em.createNativeQuery("select count(*) from audit_unsealed")
                                    .getSingleResult())
                            .longValue());
            if (left == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the audit log was not sealed");
    }

    @Test
    void aRecordIsProvedInASignedHeadAndTheNextHeadExtendsIt() throws Exception {
        long seq = createUnit("Phòng Kiểm tra nhật ký " + UUID.randomUUID());
        sealEverything();

        JsonPath head = given().auth()
                .oauth2(auditor())
                .get("/api/v1/audit-log/bloc/tree-head")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        long size = head.getLong("treeSize");
        String root = head.getString("rootHash");
        Signature signature = Signature.getInstance("Ed25519");
        signature.initVerify(AuditSigner.publicKey(head.getString("publicKey")));
        signature.update(("thidua-audit-tree-head/v1\n" + size + "\n" + root + "\n"
                        + java.time.OffsetDateTime.parse(head.getString("sealedAt"))
                                .toInstant())
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(
                signature.verify(Base64.getDecoder().decode(head.getString("signature"))),
                "the head is signed by the published key");

        JsonPath inclusion = given().auth()
                .oauth2(auditor())
                .get("/api/v1/audit-log/bloc/records/{seq}/inclusion", seq)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        AuditRecord record = QuarkusTransaction.requiringNew().call(() -> AuditRecord.<AuditRecord>findById(seq));
        byte[] leaf = MerkleTree.leafHash(record.leafData());
        assertEquals(MerkleTree.hex(leaf), inclusion.getString("leafHash"));
        List<byte[]> path = inclusion.getList("proof", String.class).stream()
                .map(MerkleTree::unhex)
                .toList();
        assertTrue(
                MerkleTree.verifyInclusion(leaf, inclusion.getLong("leafIndex"), size, path, MerkleTree.unhex(root)));

        createUnit("Phòng Kiểm tra nhật ký tiếp " + UUID.randomUUID());
        sealEverything();
        JsonPath later = given().auth()
                .oauth2(auditor())
                .get("/api/v1/audit-log/bloc/tree-head")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        long laterSize = later.getLong("treeSize");
        assertTrue(laterSize > size);
        List<byte[]> consistency = given()
                .auth()
                .oauth2(auditor())
                .queryParam("first", size)
                .queryParam("second", laterSize)
                .get("/api/v1/audit-log/bloc/consistency")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("proof", String.class)
                .stream()
                .map(MerkleTree::unhex)
                .toList();
        assertTrue(MerkleTree.verifyConsistency(
                size, laterSize, consistency, MerkleTree.unhex(root), MerkleTree.unhex(later.getString("rootHash"))));

        given().auth()
                .oauth2(officer())
                .get("/api/v1/audit-log/bloc/tree-head")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(auditor())
                .queryParam("first", laterSize)
                .queryParam("second", size)
                .get("/api/v1/audit-log/bloc/consistency")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aRecordEditedAfterSealingIsNamedByTheCheck() throws Exception {
        long seq = createUnit("Phòng Sửa nhật ký " + UUID.randomUUID());
        sealEverything();
        AuditTrail.Verification before = trail.verify();
        assertTrue(before.intact(), before.toString());
        assertTrue(before.heads() > 0);

        String original = QuarkusTransaction.requiringNew().call(() -> AuditRecord.<AuditRecord>findById(seq).after);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update audit_log set after_state = :s where seq = :seq")
                        .setParameter("s", original.replace("Phòng Sửa", "Phòng Đã sửa"))
                        .setParameter("seq", seq)
                        .executeUpdate());
        try {
            AuditTrail.Verification after = trail.verify();
            assertFalse(after.intact());
            assertEquals(seq, after.alteredRecord());
            JsonPath report = given().auth()
                    .oauth2(auditor())
                    .get("/api/v1/audit-log/bloc/verification")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertFalse(report.getBoolean("intact"));
            assertEquals(seq, report.getLong("alteredRecord"));
        } finally {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("update audit_log set after_state = :s where seq = :seq")
                            .setParameter("s", original)
                            .setParameter("seq", seq)
                            .executeUpdate());
        }
        assertNull(trail.verify().alteredRecord());
    }
}

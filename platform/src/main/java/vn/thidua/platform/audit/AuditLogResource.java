package vn.thidua.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.problem.ProblemType;
import vn.thidua.platform.security.Roles;

/**
 * The service's audit log as a transparency log, for admins and for auditing systems: its signed head, the proof
 * that a record is in it, the proof that a later head extends an earlier one, and a full check. Each service
 * publishes it at {@code /api/v1/audit-log/<its name>} with a subclass carrying that path.
 */
@RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
@Tag(name = "Audit log", description = "Nhật ký thay đổi: đầu cây Merkle có chữ ký, bằng chứng")
@Produces(MediaType.APPLICATION_JSON)
public abstract class AuditLogResource {

    @Inject
    AuditTrail trail;

    @Schema(
            name = "AuditTreeHead",
            description = "Đầu cây Merkle có chữ ký Ed25519 trên văn bản "
                    + "\"thidua-audit-tree-head/v1\\n{treeSize}\\n{rootHash}\\n{sealedAt, ISO-8601 UTC}\"")
    public record TreeHeadView(
            long treeSize,
            String rootHash,
            OffsetDateTime sealedAt,
            String keyId,

            @Schema(description = "khóa công khai Ed25519 (X.509, base64)")
            String publicKey,

            String signature) {}

    @Schema(name = "AuditInclusionProof", description = "Bằng chứng một bản ghi nằm trong cây (RFC 9162, 2.1.3)")
    public record InclusionView(long seq, long leafIndex, long treeSize, String leafHash, List<String> proof) {}

    @Schema(
            name = "AuditConsistencyProof",
            description = "Bằng chứng cây lớn hơn giữ nguyên cây nhỏ hơn (RFC 9162, 2.1.4)")
    public record ConsistencyView(long first, long second, List<String> proof) {}

    @Schema(name = "AuditVerification", description = "Kết quả kiểm tra toàn bộ nhật ký")
    public record VerificationView(
            boolean intact,
            long records,
            long heads,

            @Schema(description = "số thứ tự bản ghi đầu tiên bị sửa sau khi niêm phong")
            Long alteredRecord,

            @Schema(description = "kích thước của đầu cây đầu tiên không khớp")
            Long failedHead) {}

    @GET
    @Path("/tree-head")
    @Transactional
    @Operation(summary = "Đầu cây mới nhất, có chữ ký")
    public TreeHeadView treeHead() {
        return view(latest());
    }

    @GET
    @Path("/records/{seq}/inclusion")
    @Transactional
    @Operation(summary = "Bằng chứng bản ghi nằm trong cây có kích thước treeSize (mặc định: đầu cây mới nhất)")
    public InclusionView inclusion(@PathParam("seq") long seq, @QueryParam("treeSize") @Min(1) Long treeSize) {
        AuditLeaf leaf = AuditLeaf.<AuditLeaf>find("seq", seq)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("bản ghi đã niêm phong", seq));
        AuditTreeHead head = head(treeSize, "treeSize");
        if (leaf.leafIndex >= head.treeSize) {
            throw ProblemException.invalidField(
                    "treeSize", "bản ghi " + seq + " được niêm phong sau cây có " + head.treeSize + " bản ghi");
        }
        List<byte[]> leaves = leaves(head.treeSize);
        return new InclusionView(
                seq,
                leaf.leafIndex,
                head.treeSize,
                leaf.leafHash,
                hex(MerkleTree.inclusionProof(leaves, leaf.leafIndex, head.treeSize)));
    }

    @GET
    @Path("/consistency")
    @Transactional
    @Operation(summary = "Bằng chứng đầu cây second là phần nối dài của đầu cây first")
    public ConsistencyView consistency(
            @QueryParam("first") @NotNull @Min(1) Long first, @QueryParam("second") @NotNull @Min(1) Long second) {
        if (first > second) {
            throw ProblemException.invalidField("first", "phải không lớn hơn second");
        }
        head(first, "first");
        head(second, "second");
        return new ConsistencyView(first, second, hex(MerkleTree.consistencyProof(leaves(second), first, second)));
    }

    @GET
    @Path("/verification")
    @Operation(summary = "Kiểm tra toàn bộ nhật ký: mỗi bản ghi với lá của nó, mỗi đầu cây với cây dựng lại và chữ ký")
    public VerificationView verification() {
        AuditTrail.Verification v = trail.verify();
        return new VerificationView(v.intact(), v.records(), v.heads(), v.alteredRecord(), v.failedHead());
    }

    private static AuditTreeHead head(Long treeSize, String field) {
        if (treeSize == null) {
            return latest();
        }
        AuditTreeHead head = AuditTreeHead.findById(treeSize);
        if (head == null) {
            throw ProblemException.invalidField(field, "không có đầu cây nào có " + treeSize + " bản ghi");
        }
        return head;
    }

    private static AuditTreeHead latest() {
        return AuditTreeHead.latest()
                .orElseThrow(() -> new ProblemException(
                        ProblemType.NOT_FOUND, "Nhật ký chưa được niêm phong lần nào (chưa có thay đổi nào được ghi)"));
    }

    private static List<byte[]> leaves(long size) {
        return AuditLeaf.<AuditLeaf>find("leafIndex < ?1 order by leafIndex", size).stream()
                .map(l -> MerkleTree.unhex(l.leafHash))
                .toList();
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(MerkleTree::hex).toList();
    }

    private static TreeHeadView view(AuditTreeHead head) {
        AuditSigningKey key = AuditSigningKey.findById(head.keyId);
        return new TreeHeadView(head.treeSize, head.rootHash, head.sealedAt, head.keyId, key.publicKey, head.signature);
    }
}

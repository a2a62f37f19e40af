package vn.thidua.platform.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A record's place in the log's Merkle tree, fixed when it was sealed. */
@Entity
@Table(name = "audit_leaf")
public class AuditLeaf extends PanacheEntityBase {

    @Id
    @Column(name = "leaf_index")
    public long leafIndex;

    @Column(nullable = false, updatable = false)
    public long seq;

    @Column(name = "leaf_hash", nullable = false, updatable = false)
    public String leafHash;

    static AuditLeaf of(long leafIndex, long seq, byte[] leafHash) {
        AuditLeaf leaf = new AuditLeaf();
        leaf.leafIndex = leafIndex;
        leaf.seq = seq;
        leaf.leafHash = MerkleTree.hex(leafHash);
        return leaf;
    }
}

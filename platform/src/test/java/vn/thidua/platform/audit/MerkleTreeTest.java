package vn.thidua.platform.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    static List<byte[]> leaves(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> MerkleTree.leafHash(("bản ghi " + i).getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    /** RFC 9162's definition, written as plainly as it reads, to check the others against. */
    static byte[] definition(List<byte[]> d) {
        if (d.size() == 1) {
            return d.get(0);
        }
        int k = 1;
        while (k * 2 < d.size()) {
            k *= 2;
        }
        return MerkleTree.nodeHash(definition(d.subList(0, k)), definition(d.subList(k, d.size())));
    }

    @Test
    void theEmptyTreeIsTheHashOfNothing() {
        assertEquals(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                MerkleTree.hex(MerkleTree.root(List.of())));
        assertArrayEquals(MerkleTree.emptyRoot(), MerkleTree.Frontier.empty().root());
    }

    @Test
    void aGrowingFrontierGivesTheHeadOfTheDefinitionAtEverySize() {
        List<byte[]> all = leaves(70);
        MerkleTree.Frontier frontier = MerkleTree.Frontier.empty();
        for (int n = 1; n <= all.size(); n++) {
            frontier.append(all.get(n - 1));
            assertArrayEquals(definition(all.subList(0, n)), frontier.root(), "size " + n);
            assertArrayEquals(frontier.root(), MerkleTree.root(all.subList(0, n)));
            MerkleTree.Frontier kept = MerkleTree.Frontier.decode(frontier.size(), frontier.encode());
            assertArrayEquals(frontier.root(), kept.root(), "the frontier kept with a head resumes it");
        }
    }

    @Test
    void everyLeafHasAnInclusionProofAndAChangedLeafHasNone() {
        List<byte[]> all = leaves(33);
        for (int n = 1; n <= all.size(); n++) {
            byte[] root = MerkleTree.root(all.subList(0, n));
            for (int i = 0; i < n; i++) {
                List<byte[]> proof = MerkleTree.inclusionProof(all, i, n);
                assertTrue(MerkleTree.verifyInclusion(all.get(i), i, n, proof, root), i + " in " + n);
                byte[] edited = MerkleTree.leafHash(("sửa " + i).getBytes(StandardCharsets.UTF_8));
                assertFalse(MerkleTree.verifyInclusion(edited, i, n, proof, root));
                if (n > 1) {
                    assertFalse(
                            MerkleTree.verifyInclusion(all.get(i), (i + 1) % n, n, proof, root),
                            "the proof is for its own place");
                }
            }
        }
    }

    @Test
    void aLaterHeadIsProvedToExtendEveryEarlierOneAndARewrittenPastIsNot() {
        List<byte[]> all = leaves(33);
        for (int second = 1; second <= all.size(); second++) {
            byte[] secondRoot = MerkleTree.root(all.subList(0, second));
            for (int first = 1; first <= second; first++) {
                byte[] firstRoot = MerkleTree.root(all.subList(0, first));
                List<byte[]> proof = MerkleTree.consistencyProof(all, first, second);
                assertTrue(
                        MerkleTree.verifyConsistency(first, second, proof, firstRoot, secondRoot),
                        first + " → " + second);

                List<byte[]> rewritten = new ArrayList<>(all.subList(0, second));
                rewritten.set(first - 1, MerkleTree.leafHash("xoá dấu vết".getBytes(StandardCharsets.UTF_8)));
                byte[] rewrittenRoot = MerkleTree.root(rewritten);
                assertFalse(
                        MerkleTree.verifyConsistency(
                                first,
                                second,
                                MerkleTree.consistencyProof(rewritten, first, second),
                                firstRoot,
                                rewrittenRoot),
                        "history rewritten at " + first + " of " + second);
            }
        }
    }
}

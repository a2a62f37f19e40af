package vn.thidua.platform.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The Merkle tree of Certificate Transparency (RFC 9162, section 2.1) over the audit log's leaves: the tree head
 * commits to every record in order, an inclusion proof shows one record is in it, a consistency proof shows a later
 * head extends an earlier one (nothing before it was changed or removed).
 */
public final class MerkleTree {

    private static final HexFormat HEX = HexFormat.of();

    private MerkleTree() {}

    /** SHA-256(0x00 || data): a leaf cannot be passed off as an inner node. */
    public static byte[] leafHash(byte[] data) {
        MessageDigest d = sha256();
        d.update((byte) 0);
        d.update(data);
        return d.digest();
    }

    /** SHA-256(0x01 || left || right). */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest d = sha256();
        d.update((byte) 1);
        d.update(left);
        d.update(right);
        return d.digest();
    }

    /** The hash of the empty tree. */
    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    /** The tree head over the given leaf hashes, computed from scratch (for proofs and tests). */
    public static byte[] root(List<byte[]> leaves) {
        return leaves.isEmpty() ? emptyRoot() : subtree(leaves, 0, leaves.size());
    }

    /** The audit path of leaf {@code index} in the tree of the first {@code size} leaves (RFC 9162, 2.1.3.1). */
    public static List<byte[]> inclusionProof(List<byte[]> leaves, long index, long size) {
        if (size > leaves.size() || index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> proof = new ArrayList<>();
        path(leaves, (int) index, 0, (int) size, proof);
        return proof;
    }

    /** The proof that the tree of {@code second} leaves extends the tree of {@code first} (RFC 9162, 2.1.4.1). */
    public static List<byte[]> consistencyProof(List<byte[]> leaves, long first, long second) {
        if (second > leaves.size() || first < 1 || first > second) {
            throw new IllegalArgumentException("no consistency proof from " + first + " to " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(leaves, (int) first, 0, (int) second, true, proof);
        return proof;
    }

    /** RFC 9162, 2.1.3.2. */
    public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162, 2.1.4.2. */
    public static boolean verifyConsistency(
            long first, long second, List<byte[]> proof, byte[] firstRoot, byte[] secondRoot) {
        if (first < 1 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        if (path.isEmpty()) {
            return false;
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }

    public static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    public static byte[] unhex(String hash) {
        return HEX.parseHex(hash);
    }

    /**
     * The right edge of a growing tree: the roots of its perfect subtrees, largest first (one per bit of the size).
     * Appending a leaf and computing the head cost O(log n), so sealing never rereads the log.
     */
    public static final class Frontier {

        private final List<byte[]> roots;
        private long size;

        public Frontier(long size, List<byte[]> roots) {
            if (Long.bitCount(size) != roots.size()) {
                throw new IllegalArgumentException(
                        "a tree of " + size + " leaves has " + Long.bitCount(size) + " subtree roots");
            }
            this.size = size;
            this.roots = new ArrayList<>(roots);
        }

        public static Frontier empty() {
            return new Frontier(0, List.of());
        }

        public void append(byte[] leafHash) {
            byte[] carry = leafHash;
            for (long s = size; (s & 1) == 1; s >>= 1) {
                carry = nodeHash(roots.remove(roots.size() - 1), carry);
            }
            roots.add(carry);
            size++;
        }

        public long size() {
            return size;
        }

        public byte[] root() {
            if (roots.isEmpty()) {
                return emptyRoot();
            }
            byte[] r = roots.get(roots.size() - 1);
            for (int i = roots.size() - 2; i >= 0; i--) {
                r = nodeHash(roots.get(i), r);
            }
            return r;
        }

        /** The subtree roots as hex, comma-separated, to keep with the tree head. */
        public String encode() {
            return String.join(",", roots.stream().map(MerkleTree::hex).toList());
        }

        public static Frontier decode(long size, String encoded) {
            List<byte[]> roots = encoded == null || encoded.isEmpty()
                    ? List.of()
                    : Arrays.stream(encoded.split(",")).map(MerkleTree::unhex).toList();
            return new Frontier(size, roots);
        }
    }

    private static byte[] subtree(List<byte[]> leaves, int from, int to) {
        if (to - from == 1) {
            return leaves.get(from);
        }
        int k = split(to - from);
        return nodeHash(subtree(leaves, from, from + k), subtree(leaves, from + k, to));
    }

    private static void path(List<byte[]> leaves, int m, int from, int to, List<byte[]> proof) {
        if (to - from <= 1) {
            return;
        }
        int k = split(to - from);
        if (m < k) {
            path(leaves, m, from, from + k, proof);
            proof.add(subtree(leaves, from + k, to));
        } else {
            path(leaves, m - k, from + k, to, proof);
            proof.add(subtree(leaves, from, from + k));
        }
    }

    private static void subproof(List<byte[]> leaves, int m, int from, int to, boolean whole, List<byte[]> proof) {
        int n = to - from;
        if (m == n) {
            if (!whole) {
                proof.add(subtree(leaves, from, to));
            }
            return;
        }
        int k = split(n);
        if (m <= k) {
            subproof(leaves, m, from, from + k, whole, proof);
            proof.add(subtree(leaves, from + k, to));
        } else {
            subproof(leaves, m - k, from + k, to, false, proof);
            proof.add(subtree(leaves, from, from + k));
        }
    }

    /** The largest power of two smaller than n (n > 1). */
    private static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.latchkey.crypto.trust;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.PolicyConstraints;
import org.bouncycastle.asn1.x509.PolicyInformation;

/**
 * RFC 5280 §6.1 certificate policy processing with the default inputs (initial policy set
 * any-policy, no explicit policy, mapping and any-policy allowed): the valid_policy_tree, policy
 * mappings, requireExplicitPolicy, inhibitPolicyMapping and inhibitAnyPolicy.
 */
final class PolicyTree {
    private static final ASN1ObjectIdentifier ANY_POLICY = new ASN1ObjectIdentifier("2.5.29.32.0");

    private static final class Node {
        final ASN1ObjectIdentifier policy;
        final Set<ASN1ObjectIdentifier> expected = new LinkedHashSet<>();
        final List<Node> children = new ArrayList<>();
        final Node parent;

        Node(Node parent, ASN1ObjectIdentifier policy, Set<ASN1ObjectIdentifier> expected) {
            this.parent = parent;
            this.policy = policy;
            this.expected.addAll(expected);
            if (parent != null) {
                parent.children.add(this);
            }
        }
    }

    private PolicyTree() {
    }

    /** Processes the certificates below the anchor; adds a finding when the policy requirements fail. */
    static void check(CandidatePath path, Findings findings) {
        int n = path.anchored() ? path.top() : path.size();
        if (n == 0) {
            return;
        }
        Node root = new Node(null, ANY_POLICY, Set.of(ANY_POLICY));
        List<Node> level = new ArrayList<>(List.of(root));
        int explicitPolicy = n + 1;
        int inhibitAny = n + 1;
        int policyMapping = n + 1;
        for (int k = 1; k <= n; k++) {
            int index = n - k;
            CertInfo c = path.get(index);
            CertificatePolicies policies = c.ext.policies;
            if (policies != null && level != null) {
                level = nextLevel(level, policies, inhibitAny > 0 || (k < n && c.selfIssued));
                prune(root, level);
                if (level.isEmpty()) {
                    level = null;
                }
            } else {
                level = null;
            }
            if (level == null && explicitPolicy <= 0) {
                findings.add(index, FindingCode.POLICY_NOT_ACCEPTABLE,
                        "An explicit certificate policy is required, but the chain has none in common.");
                return;
            }
            if (k == n) {
                break;
            }
            if (c.ext.policyMappings != null) {
                String problem = mappings(c, level, policyMapping, root);
                if (problem != null) {
                    findings.add(index, FindingCode.INVALID_POLICY_MAPPING, problem);
                    return;
                }
                if (level != null && level.isEmpty()) {
                    level = null;
                }
            }
            if (!c.selfIssued) {
                explicitPolicy = Math.max(0, explicitPolicy - 1);
                policyMapping = Math.max(0, policyMapping - 1);
                inhibitAny = Math.max(0, inhibitAny - 1);
            }
            PolicyConstraints constraints = c.ext.policyConstraints;
            if (constraints != null) {
                if (constraints.getRequireExplicitPolicyMapping() != null) {
                    explicitPolicy = Math.min(explicitPolicy, constraints.getRequireExplicitPolicyMapping().intValueExact());
                }
                if (constraints.getInhibitPolicyMapping() != null) {
                    policyMapping = Math.min(policyMapping, constraints.getInhibitPolicyMapping().intValueExact());
                }
            }
            if (c.ext.inhibitAnyPolicy != null) {
                inhibitAny = Math.min(inhibitAny, c.ext.inhibitAnyPolicy);
            }
        }
        CertInfo leaf = path.get(0);
        if (explicitPolicy > 0) {
            explicitPolicy--;
        }
        PolicyConstraints leafConstraints = leaf.ext.policyConstraints;
        if (leafConstraints != null && leafConstraints.getRequireExplicitPolicyMapping() != null
                && leafConstraints.getRequireExplicitPolicyMapping().signum() == 0) {
            explicitPolicy = 0;
        }
        if (explicitPolicy == 0 && level == null) {
            findings.add(0, FindingCode.POLICY_NOT_ACCEPTABLE,
                    "An explicit certificate policy is required, but the chain has none in common.");
        }
    }

    private static List<Node> nextLevel(List<Node> level, CertificatePolicies policies, boolean anyAllowed) {
        List<Node> next = new ArrayList<>();
        boolean certHasAny = false;
        for (PolicyInformation info : policies.getPolicyInformation()) {
            ASN1ObjectIdentifier p = info.getPolicyIdentifier();
            if (p.equals(ANY_POLICY)) {
                certHasAny = true;
                continue;
            }
            boolean matched = false;
            for (Node node : level) {
                if (node.expected.contains(p)) {
                    next.add(new Node(node, p, Set.of(p)));
                    matched = true;
                }
            }
            if (!matched) {
                for (Node node : level) {
                    if (node.policy.equals(ANY_POLICY)) {
                        next.add(new Node(node, p, Set.of(p)));
                    }
                }
            }
        }
        if (certHasAny && anyAllowed) {
            for (Node node : level) {
                Set<ASN1ObjectIdentifier> present = new HashSet<>();
                node.children.forEach(child -> present.add(child.policy));
                for (ASN1ObjectIdentifier expected : node.expected) {
                    if (!present.contains(expected)) {
                        next.add(new Node(node, expected, Set.of(expected)));
                    }
                }
            }
        }
        return next;
    }

    /** Applies a CA's policy mappings to the nodes just added (RFC 5280 §6.1.4 (a)-(b)). */
    private static String mappings(CertInfo c, List<Node> level, int policyMapping, Node root) {
        ASN1Sequence seq = ASN1Sequence.getInstance(c.ext.policyMappings.toASN1Primitive());
        List<ASN1ObjectIdentifier[]> pairs = new ArrayList<>();
        for (int i = 0; i < seq.size(); i++) {
            ASN1Sequence pair = ASN1Sequence.getInstance(seq.getObjectAt(i));
            ASN1ObjectIdentifier issuerPolicy = ASN1ObjectIdentifier.getInstance(pair.getObjectAt(0));
            ASN1ObjectIdentifier subjectPolicy = ASN1ObjectIdentifier.getInstance(pair.getObjectAt(1));
            if (issuerPolicy.equals(ANY_POLICY) || subjectPolicy.equals(ANY_POLICY)) {
                return "The CA maps to or from the any-policy identifier, which RFC 5280 forbids.";
            }
            pairs.add(new ASN1ObjectIdentifier[] {issuerPolicy, subjectPolicy});
        }
        if (level == null) {
            return null;
        }
        Set<ASN1ObjectIdentifier> issuerPolicies = new LinkedHashSet<>();
        pairs.forEach(p -> issuerPolicies.add(p[0]));
        for (ASN1ObjectIdentifier issuerPolicy : issuerPolicies) {
            Set<ASN1ObjectIdentifier> mapped = new LinkedHashSet<>();
            pairs.stream().filter(p -> p[0].equals(issuerPolicy)).forEach(p -> mapped.add(p[1]));
            List<Node> matching = level.stream().filter(node -> node.policy.equals(issuerPolicy)).toList();
            if (policyMapping > 0) {
                if (!matching.isEmpty()) {
                    matching.forEach(node -> {
                        node.expected.clear();
                        node.expected.addAll(mapped);
                    });
                } else {
                    level.stream().filter(node -> node.policy.equals(ANY_POLICY)).findFirst().ifPresent(any ->
                            level.add(new Node(any.parent, issuerPolicy, mapped)));
                }
            } else {
                for (Node node : matching) {
                    node.parent.children.remove(node);
                    level.remove(node);
                }
            }
        }
        if (policyMapping <= 0) {
            prune(root, level);
        }
        return null;
    }

    /** Removes nodes above the bottom level that have no children left. */
    private static void prune(Node root, List<Node> bottom) {
        Set<Node> keep = new HashSet<>(bottom);
        boolean removed = true;
        while (removed) {
            removed = false;
            for (Node node : collect(root)) {
                if (node != root && node.children.isEmpty() && !keep.contains(node)) {
                    node.parent.children.remove(node);
                    removed = true;
                }
            }
        }
    }

    private static List<Node> collect(Node root) {
        List<Node> out = new ArrayList<>();
        List<Node> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Node node = todo.remove(todo.size() - 1);
            out.add(node);
            todo.addAll(node.children);
        }
        return out;
    }
}

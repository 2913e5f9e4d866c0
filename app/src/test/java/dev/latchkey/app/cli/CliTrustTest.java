package dev.latchkey.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.crypto.testing.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify-cert and the trust settings commands, in-process. */
class CliTrustTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final TestPki PKI = TestPki.get();
    static final String DURING = TestPki.DURING.toString();

    @TempDir
    Path home;
    @TempDir
    Path files;

    private List<String> args(String... args) {
        return new ArrayList<>(List.of(args));
    }

    @Test
    void withMinusLOnlyTheGivenRootsCountAndNoKeychainIsNeeded() throws Exception {
        CliRun cli = new CliRun(home).noTerminal();
        String leaf = TestPki.pemFile(files, "leaf.pem", PKI.leaf).toString();
        String intermediate = TestPki.pemFile(files, "intermediate.pem", PKI.intermediate).toString();
        String root = TestPki.pemFile(files, "root.pem", PKI.root).toString();

        CliRun.Result trusted = cli.run("verify-cert", "-L", "-c", leaf, "-c", intermediate, "-r", root, "-p", "ssl",
                "-n", "www.example.test", "-d", DURING, "--json");
        assertThat(trusted.code()).as(trusted.err()).isZero();
        JsonNode json = JSON.readTree(trusted.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("trusted", "result", "chain", "findings");
        assertThat(json.get("trusted").asBoolean()).isTrue();
        assertThat(json.get("result").asText()).isEqualTo("UNSPECIFIED");
        assertThat(json.get("chain")).hasSize(3);
        assertThat(json.at("/chain/0").fieldNames()).toIterable().containsExactly("subject", "issuer", "sha256");
        assertThat(json.at("/chain/0/subject").asText()).isEqualTo("CN=www.example.test");
        assertThat(json.at("/chain/2/sha256").asText()).isEqualTo(CertificateOutput.sha256(PKI.root.certificate()));
        assertThat(json.get("findings")).isEmpty();

        CliRun.Result wrongHost = cli.run("verify-cert", "-L", "-c", leaf, "-c", intermediate, "-r", root, "-p", "ssl",
                "-n", "other.example.test", "-d", DURING, "--json");
        assertThat(wrongHost.code()).isEqualTo(60);
        JsonNode failed = JSON.readTree(wrongHost.out());
        assertThat(failed.get("trusted").asBoolean()).isFalse();
        assertThat(failed.get("result").asText()).isEqualTo("RECOVERABLE_TRUST_FAILURE");
        assertThat(failed.at("/findings/0").fieldNames()).toIterable().containsExactly("certIndex", "code", "message");
        assertThat(failed.at("/findings/0/code").asText()).isEqualTo("HOST_NAME_MISMATCH");
        assertThat(wrongHost.err()).startsWith("latchkey: TRUST_FAILED: ");

        CliRun.Result noRoot = cli.run("verify-cert", "-L", "-c", leaf, "-c", intermediate, "-d", DURING);
        assertThat(noRoot.code()).isEqualTo(60);
        assertThat(noRoot.out()).startsWith("certificate verification failed: RECOVERABLE_TRUST_FAILURE\n");
        assertThat(cli.run("verify-cert", "-L", "-c", leaf, "-d", "yesterday").code()).isEqualTo(2);
        assertThat(cli.run("verify-cert", "-L", "-c", leaf, "-p", "nonsense").code()).isEqualTo(2);
        CliRun.Result help = cli.run("verify-cert", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("Usage: latchkey verify-cert").contains("-L", "Exit codes:");
        assertThat(Files.exists(home.resolve("keychains"))).as("no keychain was touched").isFalse();
    }

    @Test
    void maxDepthCapsTheIntermediateCas() throws Exception {
        CliRun cli = new CliRun(home).noTerminal();
        List<String> verify = args("verify-cert", "-L", "-c", TestPki.pemFile(files, "leaf.pem", PKI.leaf).toString(),
                "-c", TestPki.pemFile(files, "intermediate.pem", PKI.intermediate).toString(),
                "-r", TestPki.pemFile(files, "root.pem", PKI.root).toString(), "-d", DURING, "--json", "--max-depth");

        CliRun.Result one = cli.run(with(verify, "1"));
        assertThat(one.code()).as(one.err()).isZero();
        CliRun.Result none = cli.run(with(verify, "0"));
        assertThat(none.code()).isEqualTo(60);
        JsonNode findings = JSON.readTree(none.out()).get("findings");
        assertThat(findings.findValuesAsText("code")).containsExactly("CHAIN_TOO_LONG");
        assertThat(findings.get(0).get("message").asText())
                .isEqualTo("The chain has 1 intermediate CA, more than the 0 allowed.");

        CliRun.Result negative = cli.run(with(verify, "-1"));
        assertThat(negative.code()).isEqualTo(2);
        assertThat(negative.err()).isEqualTo("latchkey: PARAM: --max-depth takes a number of intermediate CAs, "
                + "0 or more\n");
        CliRun.Result word = cli.run(with(verify, "two"));
        assertThat(word.code()).isEqualTo(2);
        assertThat(word.err()).startsWith("latchkey: Invalid value for option '--max-depth': 'two' is not an int");
        assertThat(cli.run("verify-cert", "--help").out()).contains("--max-depth=N");
    }

    private static String[] with(List<String> args, String last) {
        List<String> all = new ArrayList<>(args);
        all.add(last);
        return all.toArray(String[]::new);
    }

    @Test
    void trustSettingsInTheDefaultKeychainDecide() throws Exception {
        CliRun cli = new CliRun(home);
        String pw = Files.writeString(files.resolve("pw"), "keychain password\n").toString();
        String leaf = TestPki.pemFile(files, "leaf.pem", PKI.leaf).toString();
        String intermediate = TestPki.pemFile(files, "intermediate.pem", PKI.intermediate).toString();
        String root = TestPki.pemFile(files, "root.pem", PKI.root).toString();
        assertThat(cli.run("--password-file", pw, "create-keychain", "login").code()).isZero();
        List<String> verify = args("--password-file", pw, "verify-cert", "-c", leaf, "-c", intermediate, "-p", "ssl",
                "-n", "www.example.test", "-d", DURING);

        assertThat(cli.run(verify.toArray(String[]::new)).code()).as("System Roots do not know our root").isEqualTo(60);
        assertThat(cli.run("--password-file", pw, "add-trusted-cert", intermediate).code())
                .as("trustRoot needs a self-signed root").isEqualTo(2);
        assertThat(cli.run("--password-file", pw, "add-trusted-cert", root).code()).isZero();
        CliRun.Result proceed = cli.run(verify.toArray(String[]::new));
        assertThat(proceed.code()).as(proceed.out()).isZero();
        assertThat(proceed.out()).startsWith("certificate verification successful (PROCEED).");

        assertThat(cli.run("--password-file", pw, "add-trusted-cert", "-r", "deny", "-p", "ssl", "-p", "smime",
                intermediate).code()).isZero();
        CliRun.Result dump = cli.run("--password-file", pw, "dump-trust-settings");
        assertThat(dump.out()).contains("Number of trusted certs = 2", "Cert 0: Latchkey Test Intermediate",
                "Secure Sockets Layer (SSL) (ssl)", "Result Type : deny", "Cert 1: Latchkey Test Root", "all policies",
                "Result Type : trustRoot");
        CliRun.Result denied = cli.run(verify.toArray(String[]::new));
        assertThat(denied.code()).isEqualTo(60);
        assertThat(denied.out()).startsWith("certificate verification failed: DENY");

        assertThat(cli.run("--password-file", pw, "remove-trusted-cert", intermediate).code()).isZero();
        assertThat(cli.run("--password-file", pw, "remove-trusted-cert", intermediate).code()).isEqualTo(44);
        JsonNode settings = JSON.readTree(cli.run("--password-file", pw, "dump-trust-settings", "--json").out());
        assertThat(settings).singleElement().satisfies(s -> {
            assertThat(s.get("label").asText()).isEqualTo("Latchkey Test Root");
            assertThat(s.at("/settings/*").asText()).isEqualTo("ALWAYS_TRUST");
        });
        assertThat(cli.run(verify.toArray(String[]::new)).code()).isZero();
        assertThat(JSON.readTree(cli.run("--password-file", pw, "find-certificate", "-a", "--json").out())
                .findValuesAsText("label")).as("add-trusted-cert adds the certificates")
                .containsExactly("Latchkey Test Intermediate", "Latchkey Test Root");
        assertThat(cli.noTerminal().run("verify-cert", "-c", leaf).code())
                .as("without -L the keychain's password is needed").isEqualTo(2);
    }

    @Test
    void fetchChainFromANonServerIsAnIoError() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        CliRun.Result closed = new CliRun(home).noTerminal().run("fetch-chain", "127.0.0.1:" + port, "--timeout", "5");
        assertThat(closed.code()).isEqualTo(1);
        assertThat(closed.err()).startsWith("latchkey: IO: ").contains("127.0.0.1:" + port);
        assertThat(new CliRun(home).run("fetch-chain", "[::1").code()).isEqualTo(2);
    }

    @Test
    void systemRootsAreSearchableWithoutAPassword() throws Exception {
        CliRun.Result roots = new CliRun(home).noTerminal().run("find-certificate", "--system-roots", "-a", "--json");
        assertThat(roots.code()).as(roots.err()).isZero();
        JsonNode all = JSON.readTree(roots.out());
        assertThat(all.size()).isGreaterThan(50);
        assertThat(all.get(0).get("keychain").asText()).isEqualTo("System Roots");
    }
}

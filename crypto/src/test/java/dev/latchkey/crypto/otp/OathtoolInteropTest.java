package dev.latchkey.crypto.otp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.crypto.secret.Secret;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our codes against the real {@code oathtool} (oath-toolkit) over random secrets, algorithms,
 * digit counts, periods, times and counters. The seed goes to oathtool on standard input as
 * Base32 in lower case with spaces, so our encoder is checked too. Skipped only when
 * oathtool is not installed ({@code apt-get install oathtool}); CI installs it.
 */
class OathtoolInteropTest {
    private static final int CASES = 150;

    private static Path oathtool;

    @BeforeAll
    static void findOathtool() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "oathtool");
            if (Files.isExecutable(p)) {
                oathtool = p;
                return;
            }
        }
        Assumptions.abort("oathtool is not installed (apt-get install -y oathtool); interop not checked");
    }

    @Test
    void totpAgreesOverRandomParameters() throws Exception {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES; i++) {
            OtpAlgorithm algorithm = OtpAlgorithm.values()[random.nextInt(OtpAlgorithm.values().length)];
            int digits = random.nextInt(Hotp.MIN_DIGITS, Hotp.MAX_DIGITS + 1);
            long period = random.nextBoolean() ? 30 : random.nextLong(1, 3_601);
            long time = random.nextLong(0, 1L << 34);
            byte[] key = new byte[random.nextInt(1, 80)];
            random.nextBytes(key);
            try (Secret secret = Secret.wrap(key)) {
                String ours = Totp.code(secret, algorithm, digits, period, time);
                String theirs = run(secret, "--totp=" + algorithm.name(), "-b", "-d", Integer.toString(digits),
                        "-s", period + "s", "-N", "@" + time, "-");
                assertThat(ours).as("seed %d case %d: %s, %d digits, period %d, time %d", seed, i, algorithm,
                        digits, period, time).isEqualTo(theirs);
            }
        }
    }

    @Test
    void hotpAgreesOverRandomCountersWithAWindow() throws Exception {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES / 3; i++) {
            int digits = random.nextInt(Hotp.MIN_DIGITS, Hotp.MAX_DIGITS + 1);
            long counter = random.nextBoolean() ? random.nextLong(0, 1_000) : random.nextLong(0, Long.MAX_VALUE - 10);
            byte[] key = new byte[random.nextInt(1, 80)];
            random.nextBytes(key);
            try (Secret secret = Secret.wrap(key)) {
                List<String> theirs = List.of(run(secret, "--hotp", "-b", "-d", Integer.toString(digits),
                        "-c", Long.toUnsignedString(counter), "-w", "4", "-").split("\n"));
                List<String> ours = new ArrayList<>();
                for (long c = counter; c <= counter + 4; c++) {
                    ours.add(Hotp.code(secret, OtpAlgorithm.SHA1, c, digits));
                }
                assertThat(ours).as("seed %d case %d: counter %d, %d digits", seed, i, counter, digits)
                        .isEqualTo(theirs);
            }
        }
    }

    private static String run(Secret key, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(oathtool.toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        char[] base32 = Base32.encode(key.bytes());
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < base32.length; i++) {
            grouped.append(i > 0 && i % 4 == 0 ? " " : "").append(Character.toLowerCase(base32[i]));
        }
        try (OutputStream in = p.getOutputStream()) {
            in.write(grouped.toString().getBytes(StandardCharsets.US_ASCII));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("oathtool said: %s", out).isZero();
        return out;
    }
}

package dev.latchkey.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** -i and -o of the transform and CMS commands: standard input and output unless given. */
final class InOutFiles {
    @Option(names = {"-i", "--in"}, paramLabel = "FILE", description = "Input (default: standard input).")
    Path in;
    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Output (default: standard output).")
    Path out;
}

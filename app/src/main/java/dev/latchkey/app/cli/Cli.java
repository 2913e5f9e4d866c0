package dev.latchkey.app.cli;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import picocli.CommandLine;

/**
 * The {@code latchkey} command line: picocli parsing, one place that turns a
 * {@link LatchkeyException} into "latchkey: STATUS: message" on stderr and its exit code, and
 * never a stack trace (unless LATCHKEY_DEBUG is set).
 */
public final class Cli {
    private final CliContext context;

    public Cli(CliContext context) {
        this.context = context;
    }

    /** Runs a command typed at this process's terminal; {@code serviceRunner} is {@code latchkey daemon}. */
    public static int run(String[] args, java.util.function.IntSupplier serviceRunner) {
        return new Cli(CliContext.standard(serviceRunner)).execute(args);
    }

    public int execute(String... args) {
        Factory factory = new Factory(context);
        CommandLine cl = new CommandLine(new LatchkeyCommand(context), factory);
        java.util.Optional<Class<?>> named = CommandWord.of(args).flatMap(CommandWord::command);
        for (Class<?> command : named.map(java.util.List::<Class<?>>of).orElse(LatchkeyCommand.COMMANDS)) {
            cl.addSubcommand(new CommandLine(command, factory));
        }
        cl.setOut(new java.io.PrintWriter(context.out(), true));
        cl.setErr(new java.io.PrintWriter(context.err(), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // A command run in the service names files relative to where it was typed.
        cl.registerConverter(java.nio.file.Path.class, context::resolve);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e));
        cl.setParameterExceptionHandler((e, a) -> {
            context.err().println("latchkey: " + e.getMessage());
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
                CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, context.err());
            }
            CommandLine failed = e.getCommandLine();
            context.err().println("Try 'latchkey " + (failed.getParent() == null ? "" : failed.getCommandName() + " ")
                    + "--help' for more information.");
            return ExitCodes.USAGE;
        });
        try {
            return cl.execute(args);
        } finally {
            context.close();
        }
    }

    private int report(Exception e) {
        if (e instanceof LatchkeyException le) {
            int code = report(le, context.err());
            debug(e);
            return code;
        }
        context.err().println("latchkey: " + Status.INTERNAL.name() + ": unexpected " + e.getClass().getSimpleName()
                + "; run with LATCHKEY_DEBUG=1 for details");
        debug(e);
        return ExitCodes.OTHER;
    }

    /** A command's failure as every command reports it: one line on {@code err}, its status's exit code. */
    public static int report(LatchkeyException e, java.io.PrintStream err) {
        err.println("latchkey: " + e.status().name() + ": " + e.getMessage());
        return ExitCodes.of(e.status());
    }

    private void debug(Exception e) {
        if (context.debug()) {
            e.printStackTrace(context.err());
        }
    }

    /** Gives the top-level command its context; everything else is built the usual way. */
    private record Factory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == LatchkeyCommand.class) {
                return cls.cast(new LatchkeyCommand(context));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}

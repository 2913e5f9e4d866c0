package dev.latchkey.app.service;

/**
 * The frame types of a command session (decision 0010). The client sends the request, then
 * answers what the service asks for; the service streams output and ends with the exit code.
 */
final class Wire {
    /** The request line that opens a command session, before any frame. */
    static final String REQUEST_LINE = "cli 1";

    // client to service
    static final byte REQUEST = 'A';
    static final byte INPUT = 'I';
    static final byte INPUT_END = 'E';
    static final byte ANSWER = 'P';
    static final byte NO_ANSWER = 'C';

    // service to client
    static final byte OUTPUT = 'O';
    static final byte ERROR_OUTPUT = 'R';
    static final byte ASK_PASSWORD = 'Q';
    static final byte READ_INPUT = 'N';
    static final byte EXIT = 'X';

    /** The most a client sends in one input or answer frame, and the most output the service puts in one. */
    static final int MAX_CHUNK = 64 * 1024;

    private Wire() {
    }
}

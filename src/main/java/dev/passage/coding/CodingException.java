package dev.passage.coding;

/** A coding or codebook edit that cannot be done as asked; the message says why in the user's terms. */
public class CodingException extends RuntimeException {
    public CodingException(String message) {
        super(message);
    }
}

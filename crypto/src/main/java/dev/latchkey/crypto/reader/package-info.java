/**
 * Import: {@link dev.latchkey.crypto.reader.MaterialReader#read(byte[], char[])} reads any
 * supported file into a {@link dev.latchkey.crypto.material.KeyMaterial}, detecting the format
 * from the content. Export is in {@code dev.latchkey.crypto.writer}.
 */
package dev.latchkey.crypto.reader;

package org.biadeposit.rembi;

/**
 * One file of the dataset to deposit.
 *
 * @param path relative to the dataset root, {@code /}-separated
 * @param size in bytes
 */
public record DatasetFile(String path, long size) {}

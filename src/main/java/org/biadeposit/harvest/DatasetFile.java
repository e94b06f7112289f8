package org.biadeposit.harvest;

import java.nio.file.Path;

/**
 * One file of the dataset to deposit, as the walk of the dataset folder met it.
 *
 * @param path relative to the dataset root, {@code /}-separated
 * @param size in bytes
 */
public record DatasetFile(String path, long size) {

	/** A path relative to a root, with {@code /} separators: how files of a dataset are named everywhere. */
	public static String relative(Path root, Path p) {
		String rel = root.relativize(p).toString();
		String sep = p.getFileSystem().getSeparator();
		return sep.equals("/") ? rel : rel.replace(sep, "/");
	}
}

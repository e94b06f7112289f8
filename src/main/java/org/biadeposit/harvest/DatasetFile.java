/*-
 * #%L
 * bia-deposit: deposit microscopy datasets in the EBI BioImage Archive.
 * %%
 * Copyright (C) 2026 bia-deposit developers
 * %%
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 * 
 * 1. Redistributions of source code must retain the above copyright notice,
 *    this list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the documentation
 *    and/or other materials provided with the distribution.
 * 
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 * IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 * ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDERS OR CONTRIBUTORS BE
 * LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 * CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 * SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 * INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 * CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
 * ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 * POSSIBILITY OF SUCH DAMAGE.
 * #L%
 */
package org.biadeposit.harvest;

import java.nio.file.Path;

/**
 * One file of the dataset to deposit, as the walk of the dataset folder met it.
 *
 * @param path relative to the dataset root, {@code /}-separated
 * @param size in bytes
 */
public record DatasetFile(String path, long size) {

	/**
	 * A path relative to a root, with {@code /} separators: how files of a dataset are named everywhere. A path that
	 * is the root's with names added (every path a walk or a harvest gives) is cut from the text: relativizing costs
	 * more than a cached file's lookup.
	 */
	public static String relative(Path root, Path p) {
		String cut = cut(root, p, true);
		if (cut != null) return cut;
		String rel = root.relativize(p).toString();
		String sep = p.getFileSystem().getSeparator();
		return sep.equals("/") ? rel : rel.replace(sep, "/");
	}

	/**
	 * Whether two paths are the same: Path.equals compares every byte even of one object with itself, which the
	 * harvest mostly compares (a file alone is its own dataset's path, and a cached result gives back the very path).
	 */
	static boolean same(Path a, Path b) {
		return a == b || a.equals(b);
	}

	/**
	 * {@link #relative} of a path a walk made from the root and the names it listed, which are never {@code .} or
	 * {@code ..}: cut from the text without looking for them.
	 */
	static String walked(Path root, Path p) {
		String cut = cut(root, p, false);
		return cut != null ? cut : relative(root, p);
	}

	/**
	 * The text of a path after its root's and a {@code /}, or null when it is not the root's text with names added
	 * (or, when {@code names} asks, when a part of it is {@code .} or {@code ..}).
	 */
	private static String cut(Path root, Path p, boolean names) {
		String r = root.toString(), s = p.toString();
		if (s.length() > r.length() + 1 && !r.isEmpty() && !r.endsWith("/") && s.startsWith(r) && s.charAt(r
			.length()) == '/' && p.getFileSystem().getSeparator().equals("/") && (!names || namesOnly(s, r.length() +
				1)))
		{
			return s.substring(r.length() + 1);
		}
		return null;
	}

	/** Whether the text from {@code start} on has no {@code .} or {@code ..} part, which relativizing would resolve. */
	private static boolean namesOnly(String s, int start) {
		for (int i = start; i < s.length(); i = s.indexOf('/', i) + 1) {
			int end = s.indexOf('/', i);
			int length = (end < 0 ? s.length() : end) - i;
			if (s.charAt(i) == '.' && (length == 1 || length == 2 && s.charAt(i + 1) == '.')) return false;
			if (end < 0) break;
		}
		return true;
	}
}

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
package org.biadeposit.sandbox;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Paths in a user folder: resolving what a client names, without ever leaving the folder; listing; deleting. */
final class UserFiles {

	private UserFiles() {}

	/**
	 * {@code relative} (may be empty, may use sub-folders) inside {@code base}, which lies in the user folder
	 * {@code root}; a path that would leave {@code root} is refused with BioStudies' permission message.
	 */
	static Path resolve(Path root, Path base, String relative) {
		if (relative == null || relative.isEmpty()) return base;
		if (relative.indexOf('\0') >= 0) throw ApiError.noPermission(relative);
		Path p;
		try {
			p = base.resolve(relative).normalize();
		}
		catch (InvalidPathException e) {
			throw ApiError.noPermission(relative);
		}
		if (!p.startsWith(root)) throw ApiError.noPermission(relative);
		return p;
	}

	static Path resolve(Path root, String relative) {
		return resolve(root, root, relative);
	}

	/** The path of {@code p} in the user folder, with '/' separators; "" for the folder itself. */
	static String relative(Path root, Path p) {
		String r = root.relativize(p).toString();
		return p.getFileSystem().getSeparator().equals("/") ? r : r.replace(p.getFileSystem().getSeparator(), "/");
	}

	/** BioStudies' listing: {@code [{"name","path":"user/<folder>","size","type":"FILE"|"DIR"}]}; empty if none. */
	static ArrayNode list(Path root, Path folder) throws IOException {
		ArrayNode out = Json.array();
		if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) return out;
		List<Path> entries = new ArrayList<>();
		try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
			for (Path p : dir) entries.add(p);
		}
		entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
		String rel = relative(root, folder);
		String parent = rel.isEmpty() ? "user" : "user/" + rel;
		for (Path p : entries) {
			boolean dir = Files.isDirectory(p);
			ObjectNode node = out.addObject();
			node.put("name", p.getFileName().toString());
			node.put("path", parent);
			node.put("size", dir ? 0 : Files.size(p));
			node.put("type", dir ? "DIR" : "FILE");
		}
		return out;
	}

	/** Deletes a file or a folder with everything in it; nothing when it does not exist. */
	static void deleteRecursively(Path p) throws IOException {
		if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return;
		if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
			Files.deleteIfExists(p);
			return;
		}
		Files.walkFileTree(p, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.deleteIfExists(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
				if (e != null) throw e;
				Files.deleteIfExists(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}

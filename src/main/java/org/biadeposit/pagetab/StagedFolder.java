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
package org.biadeposit.pagetab;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A folder written under a temporary name beside its target, {@code OUT.partial-<pid>-<random>} (so on the same file
 * system), and moved into place in one step when complete. A target that exists already (a previous package) is
 * moved aside to {@code OUT.old-<pid>-<random>}, the new folder moved in, then the old one removed; if the process
 * dies in between, the next run (see {@link #recover}) puts the old folder back. Leftovers of a process that no
 * longer runs are removed by the next run; those of a running process are left alone.
 */
final class StagedFolder {

	private static final String PARTIAL = ".partial-", OLD = ".old-";

	/** The point between moving the old folder aside and moving the new one in, for tests that interrupt there. */
	static final String SWAP = "swap";

	private final Path target;
	private final Path staging;
	private final String tag;

	private StagedFolder(Path target, Path staging, String tag) {
		this.target = target;
		this.staging = staging;
		this.tag = tag;
	}

	/** Creates the temporary folder beside {@code target} (absolute and normalised). */
	static StagedFolder beside(Path target) throws IOException {
		byte[] random = new byte[4];
		new SecureRandom().nextBytes(random);
		String tag = ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random);
		Path staging = target.resolveSibling(target.getFileName() + PARTIAL + tag);
		Files.createDirectory(staging);
		return new StagedFolder(target, staging, tag);
	}

	/** Where to write. */
	Path folder() {
		return staging;
	}

	/**
	 * Flushes everything written to disk and moves the folder into place, replacing the target.
	 *
	 * @param interruption told at {@link #SWAP}
	 * @return notes for the user (an old folder that could not be removed), else empty
	 */
	List<String> commit(SubmissionPackage.Interruption interruption) throws IOException {
		sync(staging);
		if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			move(staging, target);
			syncFolder(target.getParent());
			return List.of();
		}
		Path aside = target.resolveSibling(target.getFileName() + OLD + tag);
		move(target, aside);
		try {
			interruption.at(SWAP);
			move(staging, target);
		}
		catch (IOException | RuntimeException e) {
			try {
				move(aside, target);
			}
			catch (IOException again) {
				e.addSuppressed(again);
			}
			throw e;
		}
		syncFolder(target.getParent());
		try {
			delete(aside);
			return List.of();
		}
		catch (IOException e) {
			return List.of("the previous package, moved aside to " + aside + ", could not be removed (" + e
				.getMessage() + "); remove it by hand");
		}
	}

	/** Removes the temporary folder after a failure; what cannot be removed is left for the next run. */
	void abandon() {
		try {
			if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) delete(staging);
		}
		catch (IOException e) {
			// the next run removes it: its process is gone by then
		}
	}

	/**
	 * Tidies up after an interrupted run of a process that no longer runs: puts a target that was moved aside back
	 * in place if the target is missing, else removes it; removes temporary folders.
	 *
	 * @return what was done, for the user
	 */
	static List<String> recover(Path target) throws IOException {
		List<String> notes = new ArrayList<>();
		List<Path> old = new ArrayList<>(), partial = new ArrayList<>();
		for (Path p : leftovers(target)) (movedAside(target, p) ? old : partial).add(p);
		for (Path p : old) {
			if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
				move(p, target);
				notes.add("put the previous package back in " + target + " from " + p.getFileName() + ", where an " +
					"interrupted run had moved it");
			}
			else {
				removeIfOurs(p, notes);
			}
		}
		for (Path p : partial) removeIfOurs(p, notes);
		return notes;
	}

	/** The folder an interrupted run left the previous target in, when the target itself is missing; else null. */
	static Path movedAside(Path target) {
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return null;
		try {
			for (Path p : leftovers(target)) {
				if (movedAside(target, p)) return p;
			}
		}
		catch (IOException e) {
			// nothing to point at
		}
		return null;
	}

	private static boolean movedAside(Path target, Path leftover) {
		return leftover.getFileName().toString().startsWith(target.getFileName() + OLD);
	}

	/** Temporary and moved-aside folders beside the target whose process no longer runs. */
	private static List<Path> leftovers(Path target) throws IOException {
		Path parent = target.getParent();
		List<Path> out = new ArrayList<>();
		if (parent == null || target.getFileName() == null || !Files.isDirectory(parent)) return out;
		Pattern name = Pattern.compile(Pattern.quote(target.getFileName().toString()) +
			"\\.(?:partial|old)-(\\d+)-[0-9a-f]+");
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, p -> name.matcher(p.getFileName()
			.toString()).matches()))
		{
			for (Path p : entries) {
				long pid = pidOf(target, p);
				boolean running = pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(
					ProcessHandle::isAlive).orElse(false);
				if (!running && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) out.add(p);
			}
		}
		out.sort(null);
		return out;
	}

	private static long pidOf(Path target, Path leftover) {
		String rest = leftover.getFileName().toString().substring(target.getFileName().toString().length());
		Matcher m = Pattern.compile("\\.(?:partial|old)-(\\d+)-.*").matcher(rest);
		try {
			return m.matches() ? Long.parseLong(m.group(1)) : -1;
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	/** Removes a leftover that holds our marker (or nothing); says so, or why it was left. */
	private static void removeIfOurs(Path p, List<String> notes) throws IOException {
		boolean empty;
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(p)) {
			empty = !entries.iterator().hasNext();
		}
		if (empty || Files.isRegularFile(p.resolve(SubmissionPackage.MARKER), LinkOption.NOFOLLOW_LINKS)) {
			delete(p);
			notes.add("removed " + p + ", left unfinished by an interrupted run");
		}
		else {
			notes.add(p + " looks like a folder left by an interrupted run, but it has no " + SubmissionPackage
				.MARKER + " marker, so it was left alone; remove it by hand if it is not yours");
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException e) {
			throw new IOException("cannot move " + from + " to " + to + " in one step on this file system; give " +
				"--out a folder on a local disk", e);
		}
	}

	/** Deletes a folder and everything in it; links are removed, not followed. */
	static void delete(Path tree) throws IOException {
		Files.walkFileTree(tree, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
				if (e != null) throw e;
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	/** Copies a file or folder (with its contents) to {@code to}, keeping modification times; links are copied. */
	static void copy(Path from, Path to) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Files.createDirectories(to.resolve(from.relativize(dir).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
					LinkOption.NOFOLLOW_LINKS);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	/** Forces every file and folder under {@code tree} to disk. */
	private static void sync(Path tree) throws IOException {
		Files.walkFileTree(tree, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				if (attrs.isRegularFile()) {
					try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
						ch.force(true);
					}
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
				if (e != null) throw e;
				syncFolder(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	/** Forces a folder's entries to disk where the system allows it (not on Windows, where it is not needed). */
	private static void syncFolder(Path dir) {
		try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
			ch.force(true);
		}
		catch (IOException e) {
			// not possible for folders on this system
		}
	}
}

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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashSet;
import java.util.Set;

/**
 * What a path in a dataset folder is, with symbolic links resolved, found without opening it: a regular file, a
 * folder, or something the walk cannot reach, with the reason said for a person. A link is followed only when its
 * target lies inside the dataset folder; named pipes, sockets and devices are told apart by their type, never
 * opened (reading a pipe nothing writes to would block for ever).
 */
final class PathReach {

	/** Linux's limit on the length of a path (in bytes, with its terminating zero) that a file can be opened by. */
	private static final int PATH_MAX = 4096;
	/** The limit on one file or folder name, in bytes. */
	private static final int NAME_MAX = 255;

	/**
	 * @param folder whether it is a folder (to walk into)
	 * @param size a file's size in bytes (of its target, for a link)
	 * @param modified a file's modification time in milliseconds (of its target, for a link), as the harvest
	 *        cache keeps it
	 * @param key what identifies a folder (its target's, for a link), to notice loops
	 * @param problem why it cannot be reached, or null
	 */
	record Reached(boolean folder, long size, long modified, Object key, String problem) {

		static Reached unreachable(String problem) {
			return new Reached(false, -1, 0, null, problem);
		}
	}

	/** Whether the default file system gives POSIX attributes (mode bits) with the same lstat. */
	private static final boolean POSIX = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews()
		.contains("posix");

	private final Path root;
	private final Path realRoot;

	/**
	 * @param root the dataset folder as given, for naming paths in messages; null for a file given by name
	 * @param realRoot the folder's real path, inside which links are followed; null to follow them anywhere
	 */
	PathReach(Path root, Path realRoot) {
		this.root = root;
		this.realRoot = realRoot;
	}

	/** For files given by name, outside any dataset walk: links are followed wherever they lead. */
	static PathReach anywhere() {
		return new PathReach(null, null);
	}

	Reached of(Path p) {
		return of(p, null, null);
	}

	/** Whether a path of so many characters is short enough to open by name, whatever they are (UTF-8: 3 bytes). */
	static boolean openable(int chars) {
		return chars * 3 < PATH_MAX;
	}

	/**
	 * What {@code p} is, looked at by its {@code name} in its folder {@code in} (open; or null to look by the whole
	 * path): the system then finds the name in the open folder instead of walking the whole path again, which costs
	 * about a fifth less. Only for a path that is {@link #openable} by its name: one too long to open would pass the
	 * look and fail later, where the look by the whole path fails and says so.
	 */
	Reached of(Path p, SecureDirectoryStream<Path> in, Path name) {
		BasicFileAttributes own;
		try {
			own = in != null && POSIX ? in.getFileAttributeView(name, PosixFileAttributeView.class,
				LinkOption.NOFOLLOW_LINKS).readAttributes() : Files.readAttributes(p, attributes(p),
				LinkOption.NOFOLLOW_LINKS);
		}
		catch (IOException | SecurityException e) {
			return Reached.unreachable(failure(root, p, e));
		}
		return own.isSymbolicLink() ? link(p) : kind(p, p, own);
	}

	private Reached link(Path link) {
		String target;
		Path real;
		try {
			target = Files.readSymbolicLink(link).toString();
		}
		catch (IOException | SecurityException e) {
			return Reached.unreachable(failure(root, link, e));
		}
		try {
			real = link.toRealPath();
		}
		catch (NoSuchFileException e) {
			return Reached.unreachable("dangling symbolic link: " + show(link) + " points to " + target + ", which " +
				"does not exist. Remove the link, or put back what it pointed to");
		}
		catch (IOException | SecurityException e) {
			if (!chainLoops(link)) return Reached.unreachable(failure(root, link, e));
			return Reached.unreachable("symbolic link loop: " + show(link) + " points to " + target + ", which " +
				"leads back to " + show(link) + " through links alone, never to a file. Remove the link, or make " +
				"it point to the data");
		}
		if (realRoot != null && !real.startsWith(realRoot)) {
			String where = Path.of(target).equals(real) ? target : target + " (" + real + ")";
			return Reached.unreachable("symbolic link to outside the dataset: " + show(link) + " points to " + where +
				", which is outside the dataset folder " + realRoot + "; it was not followed, so nothing outside " +
				"the folder is read or uploaded. Copy the data into the dataset folder instead of linking to it");
		}
		try {
			return kind(link, real, Files.readAttributes(real, attributes(real)));
		}
		catch (IOException | SecurityException e) {
			return Reached.unreachable(failure(root, link, e));
		}
	}

	/** @param p the path as met; @param real where it leads */
	private Reached kind(Path p, Path real, BasicFileAttributes a) {
		if (a.isDirectory()) return new Reached(true, -1, 0, a.fileKey() != null ? a.fileKey() : real.toAbsolutePath()
			.normalize().toString(), null);
		if (!a.isRegularFile()) {
			return Reached.unreachable("not a regular file (" + special(real) + "): " + show(p) + " holds no data to " +
				"deposit, so it was not opened. Remove it from the dataset folder");
		}
		if (!readableByAll(a) && !Files.isReadable(p)) {
			return Reached.unreachable("permission denied: " + show(p) + " cannot be read, so it can be neither " +
				"harvested nor uploaded. Give yourself read permission to it (chmod u+r)");
		}
		return new Reached(false, a.size(), a.lastModifiedTime().toMillis(), null, null);
	}

	/**
	 * Whether the file's mode lets its owner, its group and everyone else read it: the same lstat that gave its
	 * size says so, and the walk then asks the system no second time per file (an access call costs about as much
	 * as the lstat). Otherwise the system is asked, which knows who we are.
	 */
	private static boolean readableByAll(BasicFileAttributes a) {
		if (!(a instanceof PosixFileAttributes posix)) return false;
		Set<PosixFilePermission> p = posix.permissions();
		return p.contains(PosixFilePermission.OWNER_READ) && p.contains(PosixFilePermission.GROUP_READ) && p.contains(
			PosixFilePermission.OTHERS_READ);
	}

	/** The attributes to read: with the mode bits where the same call gives them. */
	private static Class<? extends BasicFileAttributes> attributes(Path p) {
		return POSIX && p.getFileSystem() == java.nio.file.FileSystems.getDefault() ? PosixFileAttributes.class
			: BasicFileAttributes.class;
	}

	/** Why a folder that leads back to one that holds it was not walked again. */
	String loop(Path p) {
		String target;
		try {
			target = Files.readSymbolicLink(p).toString();
		}
		catch (IOException | UnsupportedOperationException | SecurityException e) {
			return "folder loop: " + show(p) + " is the same folder as one of the folders that hold it (a bind " +
				"mount?), so it was not walked again";
		}
		return "symbolic link loop: " + show(p) + " points to " + target + ", a folder that holds " + show(p) +
			" itself, so following it would never end; it was not followed. Remove the link, or replace it by the " +
			"data it points to";
	}

	private String show(Path p) {
		return show(root, p);
	}

	private static String show(Path root, Path p) {
		return root != null && p.startsWith(root) && !p.equals(root) ? DatasetFile.relative(root, p) : p.toString();
	}

	/** Why a path could not be listed or looked at, said for a person. */
	static String failure(Path root, Path p, Exception e) {
		String shown = show(root, p);
		if (tooLong(p)) {
			int bytes = p.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8).length;
			return "the path is too long to open: " + shown + " is " + bytes + " bytes long with the dataset " +
				"folder's path, more than this system allows (" + (PATH_MAX - 1) + " bytes, " + NAME_MAX + " per " +
				"name), so nothing in it can be harvested or uploaded. Shorten the folder names, or move its " +
				"files up";
		}
		if (e instanceof AccessDeniedException || e instanceof SecurityException) {
			return "permission denied: " + shown + " cannot be listed or read, so nothing in it can be harvested " +
				"or uploaded. Give yourself permission to read it (chmod -R u+rX), or move it out of the dataset " +
				"folder";
		}
		if (e instanceof NoSuchFileException) return "no such file or folder";
		String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e
			.getMessage();
		return "cannot be reached: " + shown + " (" + reason + "), so nothing in it can be harvested or uploaded";
	}

	private static boolean tooLong(Path p) {
		Path abs = p.toAbsolutePath();
		if (abs.toString().getBytes(StandardCharsets.UTF_8).length >= PATH_MAX) return true;
		for (Path name : abs) {
			if (name.toString().getBytes(StandardCharsets.UTF_8).length > NAME_MAX) return true;
		}
		return false;
	}

	/** A chain of links that comes back to one of its own links before it reaches anything. */
	private static boolean chainLoops(Path link) {
		Set<Path> seen = new HashSet<>();
		Path p = link.toAbsolutePath().normalize();
		for (int hops = 0; hops < 64; hops++) {
			if (!seen.add(p)) return true;
			if (!Files.isSymbolicLink(p)) return false;
			try {
				p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
			}
			catch (IOException | SecurityException e) {
				return false;
			}
		}
		return true;
	}

	/** What kind of special file this is, from its type bits; never opened. */
	private static String special(Path p) {
		try {
			Object mode = Files.getAttribute(p, "unix:mode");
			if (mode instanceof Integer m) {
				switch (m & 0170000) {
					case 0010000: return "a named pipe";
					case 0140000: return "a socket";
					case 0020000: return "a character device";
					case 0060000: return "a block device";
					default: break;
				}
			}
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
			// no unix view: said generally
		}
		return "a special file";
	}
}

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
package org.biadeposit.harvest.zarr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.biadeposit.harvest.UnreadableImageException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A store folder: how its group and array metadata are found (in either {@link ZarrFormat}), how paths given in its
 * metadata and links among its files are kept inside it, and how its files are named in messages.
 */
final class ZarrStore {

	final Path root;
	final String name;
	private Path realRoot;

	ZarrStore(Path root) {
		this.root = root;
		Path n = root.toAbsolutePath().normalize().getFileName();
		this.name = n == null ? root.toString() : n.toString();
	}

	Path resolve(String path) {
		return path.isEmpty() ? root : root.resolve(path);
	}

	/** A file as named in messages: store name and path inside the store, for example "image.zarr/0/.zarray". */
	String display(Path file) {
		String inside = root.relativize(file).toString().replace('\\', '/');
		return inside.isEmpty() ? name : name + "/" + inside;
	}

	/** A path given in the metadata, checked to stay inside the store. */
	String relativePath(JsonNode value, String where) throws UnreadableImageException {
		if (value == null || !value.isTextual() || value.asText().isBlank()) {
			throw new UnreadableImageException(where + " gives no \"path\"");
		}
		String path = value.asText().trim();
		while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
		if (path.startsWith("/") || path.contains("\\") || List.of(path.split("/")).contains("..")) {
			throw new UnreadableImageException(where + " gives the path \"" + value.asText() + "\", which " +
				"leaves the store; paths in OME-Zarr metadata are relative and stay inside the store");
		}
		try {
			root.resolve(path);
		}
		catch (InvalidPathException e) {
			throw new UnreadableImageException(where + " gives the path \"" + value.asText().replaceAll(
				"\\p{Cntrl}", "?") + "\", which is not a name a file can have here");
		}
		return path;
	}

	/** The group at a path (its NGFF attributes), or null when there is no group metadata there. */
	ZarrGroup group(String path) throws IOException, UnreadableImageException {
		Path dir = resolve(path);
		for (ZarrFormat format : ZarrFormat.values()) {
			Path file = dir.resolve(format.groupFile);
			if (Files.isRegularFile(file)) return new ZarrGroup(display(file), format.ngffAttributes(readObject(file)));
		}
		return null;
	}

	/** The array metadata at a path, or null when the store has none there (the NGFF examples have none). */
	ZarrArray array(String path) throws IOException, UnreadableImageException {
		Path dir = resolve(path);
		for (ZarrFormat format : ZarrFormat.values()) {
			Path file = dir.resolve(format.arrayFile);
			if (Files.isRegularFile(file)) return format.array(readObject(file), display(file));
		}
		return null;
	}

	/**
	 * A file of the store to be read, refused when a symbolic link (the file's or a folder's on its way) leads out of
	 * the store: what is read as the store's metadata, and may be quoted in messages, must be the store's own.
	 */
	Path inside(Path file) throws IOException, UnreadableImageException {
		if (realRoot == null) realRoot = root.toRealPath();
		if (!file.toRealPath().startsWith(realRoot)) {
			throw new UnreadableImageException(display(file) + " is a link to a file outside " + name + "; the " +
				"metadata of an OME-Zarr store must lie inside it. Copy the file into the store in place of the link");
		}
		return file;
	}

	/** Reads a JSON object, reporting a broken or oversized file by name, line and column. */
	private JsonNode readObject(Path file) throws IOException, UnreadableImageException {
		return ZarrJson.readObject(inside(file), display(file));
	}
}

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
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code package.json}, the last file {@code bia package} writes into a package: the submission and File-lists (path,
 * size, SHA-256) and how many files the upload plan lists. A folder without it, or whose files differ from it, or
 * whose upload plan lists another number of files or does not end with a whole line, is not a complete package:
 * {@code submit} refuses it rather than half-read it. (The plan is counted, not hashed: it names data files by
 * absolute path, which may be corrected by hand when the dataset moves.)
 *
 * <pre>
 * {"format": "bia-deposit package", "version": 1, "upload_files": 12, "upload_bytes": 4096,
 *  "files": [{"path": "submission.json", "size": 2048, "sha256": "…"}, …]}
 * </pre>
 */
final class PackageManifest {

	static final String NAME = "package.json";
	private static final String FORMAT = "bia-deposit package";
	private static final int VERSION = 1;
	private static final String AGAIN = "; write the package again (bia package, or Package Deposition in Fiji)";

	private PackageManifest() {}

	/**
	 * Writes {@code folder/package.json}.
	 *
	 * @param files the package's own files except the upload plan, relative to the folder, {@code /}-separated
	 * @param uploadFiles the rows of the upload plan
	 */
	static void write(Path folder, List<String> files, int uploadFiles, long uploadBytes) throws IOException {
		write(folder, files, Map.of(), uploadFiles, uploadBytes);
	}

	/**
	 * Writes {@code folder/package.json}, with the SHA-256 of files taken as they were written.
	 *
	 * @param sums the SHA-256 (hex) of some of the files, by their name in {@code files}; the others are read
	 */
	static void write(Path folder, List<String> files, Map<String, String> sums, int uploadFiles, long uploadBytes)
		throws IOException
	{
		ObjectNode root = PageTabJson.MAPPER.createObjectNode();
		root.put("format", FORMAT);
		root.put("version", VERSION);
		root.put("upload_files", uploadFiles);
		root.put("upload_bytes", uploadBytes);
		ArrayNode list = root.putArray("files");
		for (String f : files) {
			Path p = folder.resolve(f);
			String sum = sums.get(f);
			list.addObject().put("path", f).put("size", Files.size(p)).put("sha256", sum != null ? sum : sha256(p));
		}
		Files.writeString(folder.resolve(NAME), PageTabJson.MAPPER.writerWithDefaultPrettyPrinter()
			.writeValueAsString(root) + "\n");
	}

	/**
	 * Checks that a folder is a complete package: package.json is there and every file it lists has its size and
	 * SHA-256.
	 *
	 * @throws IncompletePackageException saying what is missing or different, and to write the package again
	 */
	static void verify(Path folder) throws IncompletePackageException {
		Path dir = folder.toAbsolutePath().normalize();
		Path manifest = dir.resolve(NAME);
		if (!Files.isRegularFile(manifest)) {
			boolean started = Files.exists(dir.resolve(SubmissionPackage.SUBMISSION)) || Files.exists(dir.resolve(
				SubmissionPackage.MARKER));
			throw new IncompletePackageException(started ? dir + " is not a complete package: it has no " + NAME +
				", which bia package writes last (the run was interrupted, or an older bia-deposit wrote it)" + AGAIN
				: dir + " is not a package folder (it has no " + NAME + ")" + AGAIN);
		}
		byte[] text;
		try {
			text = Files.readAllBytes(manifest);
		}
		catch (IOException e) {
			throw new IncompletePackageException(manifest + " cannot be read (" + e.getMessage() + ")" + AGAIN);
		}
		Contents recorded = read(text, manifest);
		for (PackageFile f : recorded.files()) check(dir, f);
		checkPlan(dir, recorded.uploadFiles());
	}

	/** What package.json records. */
	record Contents(List<PackageFile> files, long uploadFiles) {}

	/** One file of the package as package.json records it. */
	record PackageFile(String path, long size, String sha256) {}

	/** Reads package.json; refuses anything that is not what {@link #write} writes. */
	static Contents read(byte[] text, Path manifest) throws IncompletePackageException {
		JsonNode root;
		try {
			root = PageTabJson.MAPPER.readTree(text);
		}
		catch (JsonProcessingException e) {
			JsonLocation at = e.getLocation();
			throw damaged(manifest, "it is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr() +
				", column " + at.getColumnNr() + ")"));
		}
		catch (IOException e) {
			throw damaged(manifest, "it cannot be read as JSON");
		}
		if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
			throw damaged(manifest, "it does not say \"format\": \"" + FORMAT + "\"");
		}
		if (root.path("version").asInt(-1) != VERSION) {
			throw damaged(manifest, "its version is not " + VERSION + " (was it written by another bia-deposit?)");
		}
		JsonNode uploadFiles = root.path("upload_files");
		if (!uploadFiles.canConvertToLong() || uploadFiles.asLong() < 0) {
			throw damaged(manifest, "it does not say how many files the upload plan lists (\"upload_files\")");
		}
		JsonNode files = root.path("files");
		if (!files.isArray() || files.isEmpty()) throw damaged(manifest, "it lists no files");
		List<PackageFile> out = new java.util.ArrayList<>();
		for (JsonNode f : files) {
			String path = f.path("path").isTextual() ? f.path("path").asText() : null;
			JsonNode size = f.path("size");
			String sha = f.path("sha256").isTextual() ? f.path("sha256").asText() : null;
			if (path == null || !size.canConvertToLong() || size.asLong() < 0 || sha == null || !sha.matches(
				"[0-9a-f]{64}") || !inside(path))
			{
				throw damaged(manifest, "entry " + (out.size() + 1) + " of \"files\" is not a path inside the " +
					"package with its size and SHA-256");
			}
			out.add(new PackageFile(path, size.asLong(), sha));
		}
		return new Contents(out, uploadFiles.asLong());
	}

	/** The upload plan is there, ends with a whole line, and lists as many files as package.json records. */
	private static void checkPlan(Path dir, long rows) throws IncompletePackageException {
		Path plan = dir.resolve(SubmissionPackage.UPLOAD_PLAN);
		String incomplete = dir + " is not a complete package: " + SubmissionPackage.UPLOAD_PLAN;
		if (!Files.isRegularFile(plan)) throw new IncompletePackageException(incomplete + " is missing" + AGAIN);
		long lines = 0;
		int last = -1;
		try (InputStream in = Files.newInputStream(plan)) {
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				for (int i = 0; i < n; i++) {
					if (buffer[i] == '\n') lines++;
				}
				last = buffer[n - 1];
			}
		}
		catch (IOException e) {
			throw new IncompletePackageException(incomplete + " cannot be read (" + e.getMessage() + ")" + AGAIN);
		}
		if (last != '\n' || lines - 1 != rows) {
			throw new IncompletePackageException(incomplete + " lists " + Math.max(0, lines - 1) + (last != '\n'
				? " files and the start of another" : " files") + ", but " + NAME + " records " + rows + " (it was " +
				"cut short, or rows were added or removed after bia package wrote it)" + AGAIN);
		}
	}

	private static void check(Path dir, PackageFile e) throws IncompletePackageException {
		Path f = dir.resolve(e.path());
		String incomplete = dir + " is not a complete package: " + e.path();
		if (!Files.isRegularFile(f)) throw new IncompletePackageException(incomplete + " is missing" + AGAIN);
		try {
			long size = Files.size(f);
			if (size != e.size()) {
				throw new IncompletePackageException(incomplete + " has " + size + " bytes, but " + NAME +
					" records " + e.size() + " (it was cut short or changed after bia package wrote it)" + AGAIN);
			}
			if (!sha256(f).equals(e.sha256())) {
				throw new IncompletePackageException(incomplete + " was changed after bia package wrote it (its " +
					"content differs from what " + NAME + " records)" + AGAIN);
			}
		}
		catch (IncompletePackageException x) {
			throw x;
		}
		catch (IOException x) {
			throw new IncompletePackageException(incomplete + " cannot be read (" + x.getMessage() + ")" + AGAIN);
		}
	}

	/** A relative, {@code /}-separated path without {@code .} or {@code ..} parts. */
	private static boolean inside(String path) {
		if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")) return false;
		for (String part : path.split("/", -1)) {
			if (part.isEmpty() || part.equals(".") || part.equals("..")) return false;
		}
		return true;
	}

	private static IncompletePackageException damaged(Path manifest, String why) {
		return new IncompletePackageException(manifest + " is damaged: " + why + AGAIN);
	}

	static String sha256(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n; (n = in.read(buffer)) > 0;) digest.update(buffer, 0, n);
		}
		return HexFormat.of().formatHex(digest.digest());
	}
}

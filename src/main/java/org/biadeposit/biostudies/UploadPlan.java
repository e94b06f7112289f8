package org.biadeposit.biostudies;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.biadeposit.pagetab.SubmissionPackage;

/**
 * The files a package sends: its {@code upload-plan.tsv}, with header {@code local<TAB>remote<TAB>size} and one row
 * per file (data files and the JSON File-lists), as {@link SubmissionPackage} writes it.
 */
public record UploadPlan(List<Item> items) {

	/**
	 * The largest file the submission API takes over HTTP: the server's multipart limit is 20GB (Spring: 20 × 2^30
	 * bytes) per file and per request, and a request carries a little more than the file.
	 */
	public static final long HTTP_LIMIT = 20L * 1024 * 1024 * 1024 - 1024 * 1024;
	/** How to send larger files (FTP or Aspera into the same user folder). */
	public static final String LARGE_FILE_HELP = "https://www.ebi.ac.uk/bioimage-archive/help-file-upload/";

	/**
	 * One file to send.
	 *
	 * @param local the file on this computer
	 * @param remote its path in the submission (relative to the user folder, or to {@code RootPath} when set)
	 * @param size its size when the package was written
	 */
	public record Item(Path local, String remote, long size) {

		/** Whether the file is too large to upload over HTTP (it must go by FTP or Aspera). */
		public boolean tooLargeForHttp() {
			return size > HTTP_LIMIT;
		}
	}

	public UploadPlan {
		items = List.copyOf(items);
	}

	/** Reads {@code upload-plan.tsv}. Relative local paths are taken from the plan's folder. */
	public static UploadPlan read(Path file) throws IOException {
		List<Item> items = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Path folder = file.toAbsolutePath().getParent();
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String header = in.readLine();
			if (header == null || !header.strip().equals("local\tremote\tsize")) {
				throw new IOException(file + ": not an upload plan (the first line should be " +
					"local<TAB>remote<TAB>size)");
			}
			int lineNumber = 1;
			for (String line; (line = in.readLine()) != null;) {
				lineNumber++;
				if (line.isBlank()) continue;
				String[] cells = line.split("\t", -1);
				if (cells.length != 3) {
					throw new IOException(file + " line " + lineNumber + ": expected local, remote and size " +
						"separated by tabs");
				}
				long size;
				try {
					size = Long.parseLong(cells[2].strip());
				}
				catch (NumberFormatException e) {
					throw new IOException(file + " line " + lineNumber + ": the size '" + cells[2] +
						"' is not a number");
				}
				String remote;
				try {
					remote = BioStudiesClient.folder(cells[1]);
				}
				catch (IllegalArgumentException e) {
					throw new IOException(file + " line " + lineNumber + ": " + e.getMessage());
				}
				if (remote.isEmpty()) throw new IOException(file + " line " + lineNumber + ": no remote path");
				if (!seen.add(remote)) {
					throw new IOException(file + " line " + lineNumber + ": " + remote + " is listed twice");
				}
				items.add(new Item(folder.resolve(cells[0]).normalize(), remote, size));
			}
		}
		return new UploadPlan(items);
	}

	/** The plan's files that are too large to upload over HTTP. */
	public List<Item> tooLargeForHttp() {
		return items.stream().filter(Item::tooLargeForHttp).toList();
	}

	/** The total size. */
	public long bytes() {
		return items.stream().mapToLong(Item::size).sum();
	}
}

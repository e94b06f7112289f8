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
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.biadeposit.rembi.FileList;
import org.biadeposit.rembi.FileListBuilder;
import org.biadeposit.validate.ListedPaths;

/**
 * A package's upload plan, written a row at a time as the File-lists are written: each data file once, however
 * many rows list it (found in a compact table of the listed paths, not a set), then the JSON File-lists the data
 * did not name. A data file named like one of the package's JSON File-lists gives its place in the plan to the list,
 * with the list's size, which is known once that list is written; a plan that meets such a file before (which no
 * real dataset does) is written again at the end, from the paths alone.
 *
 * <p>It also notes the multi-file images rows name, so that a package holding part of an image without the file
 * the image is named by is refused once every path has been seen.
 */
final class UploadPlanRows {

	private final String base;
	private final Path root;
	private final Path target;
	private final Path folder;
	private final List<FileList> lists;
	private final List<String> listNames;
	private final ListedPaths listed;
	private final Writer out;
	/** The package's JSON File-lists that no data file has stood for yet, in the order of the lists. */
	private final Set<String> listsToSend = new LinkedHashSet<>();
	/** Each multi-file image a row names without being inside it, with the first such row. */
	private final Map<String, String> images = new LinkedHashMap<>();
	private int written = -1;
	private boolean again;
	private int planned;
	private long bytes;

	/**
	 * @param root the dataset folder
	 * @param target the package folder, as the plan names the package's own files
	 * @param folder where the package is being written
	 */
	UploadPlanRows(Path root, Path target, Path folder, List<FileList> lists, Writer out) throws IOException {
		this.root = root;
		Path normal = root == null ? null : root.toAbsolutePath().normalize();
		this.base = normal != null && normal.getFileSystem() == FileSystems.getDefault() && FileSystems.getDefault()
			.getSeparator().equals("/") ? normal.toString() : null;
		this.target = target;
		this.folder = folder;
		this.lists = lists;
		this.listNames = lists.stream().map(l -> DepositionPageTab.FILE_LIST_FOLDER + "/" + l.name() + ".json")
			.toList();
		this.listed = new ListedPaths(lists);
		this.out = out;
		listsToSend.addAll(listNames);
		UploadPlanTsv.writeHeader(out);
	}

	/** A row of list {@code list}, as its File-list files have it. */
	void row(int list, int index, FileList.Row row) throws IOException {
		String image = row.values().get(FileListBuilder.MULTI_FILE_IMAGE);
		String path = row.path();
		if (image != null && !image.isBlank() && !path.startsWith(image + "/") && !images.containsKey(image)) {
			images.put(image, path + " (File-list " + lists.get(list).name() + ")");
		}
		plan(list, index, path, row.size());
	}

	/** Says that list {@code list}'s JSON file is written whole. */
	void written(int list) {
		written = list;
	}

	private void plan(int list, int index, String path, long size) throws IOException {
		if (!listed.add(path, listed.ref(list, index)) || listed.sameElsewhere() != ListedPaths.NONE || again) return;
		if (listsToSend.contains(path)) {
			if (listNames.indexOf(path) > written) {
				again = true; // its size is not known yet
				return;
			}
			listsToSend.remove(path);
			write(ownRow(path));
			return;
		}
		write(new UploadPlanTsv.Row(local(path), path, size));
	}

	/** Ends the plan with the JSON File-lists that no data file stood for. */
	void finish() throws IOException {
		for (String name : new ArrayList<>(listsToSend)) write(ownRow(name));
	}

	/** Whether the plan met a data file named like a File-list not yet written, so must be written {@link #again}. */
	boolean toWriteAgain() {
		return again;
	}

	/** The plan written again, whole, from the paths and sizes of the lists, once every list is written. */
	static UploadPlanRows again(Path root, Path target, Path folder, List<FileList> lists, Writer out)
		throws IOException
	{
		UploadPlanRows plan = new UploadPlanRows(root, target, folder, lists, out);
		plan.written = lists.size() - 1;
		for (int l = 0; l < lists.size(); l++) {
			List<FileList.Row> rows = lists.get(l).rows();
			for (int r = 0, n = rows.size(); r < n; r++) {
				FileList.Row row = rows.get(r);
				plan.plan(l, r, row.path(), row.size());
			}
		}
		plan.finish();
		return plan;
	}

	/**
	 * Refuses a package that would hold part of a multi-file image without the file the image is named by (its
	 * companion or other metadata file, or for a Zarr store its folder): the archive could not open it. Called once
	 * every row was told.
	 *
	 * @throws IOException naming the first such row
	 */
	void refuseToSplit() throws IOException {
		for (Map.Entry<String, String> e : images.entrySet()) {
			if (listed.find(e.getKey()) != ListedPaths.NONE) continue;
			throw new IOException(e.getValue() + " is part of the multi-file image " + e.getKey() + ", which no " +
				"File-list lists, so the package would hold the image without the file that describes it; select " +
				"every file of the image in deposit.yaml, then validate and package again (nothing was written)");
		}
	}

	int planned() {
		return planned;
	}

	long bytes() {
		return bytes;
	}

	private void write(UploadPlanTsv.Row row) throws IOException {
		UploadPlanTsv.write(out, row);
		bytes += row.size();
		planned++;
	}

	/** The upload plan's row of a file the package holds itself, named as it will be in the package folder. */
	private UploadPlanTsv.Row ownRow(String name) throws IOException {
		return new UploadPlanTsv.Row(target.resolve(name).toString(), name, Files.size(folder.resolve(name)));
	}

	/** The file on this computer: the path put after the dataset folder, resolved only when it has to be. */
	private String local(String path) {
		if (base != null && plain(path)) return base.endsWith("/") ? base + path : base + "/" + path;
		return root.resolve(path).toAbsolutePath().normalize().toString();
	}

	/** A relative path of names only: no empty, {@code .} or {@code ..} part, so that resolving changes nothing. */
	private static boolean plain(String path) {
		int start = 0;
		for (int i = 0; i <= path.length(); i++) {
			if (i < path.length() && path.charAt(i) != '/') continue;
			int length = i - start;
			if (length == 0 || path.charAt(start) == '.' && (length == 1 || length == 2 && path.charAt(start +
				1) == '.')) return false;
			start = i + 1;
		}
		return true;
	}
}

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
package org.biadeposit.rembi;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;

import org.biadeposit.harvest.DatasetFile;

/**
 * The rows of a File-list, each made when it is read from its file, what the harvest knows about the file and the
 * columns the selection adds; nothing per row is kept (the list's files are indexes into the dataset's, a folder's
 * run of them two numbers), so a File-list of millions of files costs next to nothing. Immutable (the maps it reads
 * are not changed after the build).
 */
final class FileListRows extends AbstractList<FileList.Row> implements RandomAccess {

	private final DatasetImages dataset;
	private final FileIndexes files;
	private final List<String> imageColumns;
	private final List<Function<FileListBuilder.ImageFile, String>> imageValues;
	private final PatternMatches pattern;
	private final Map<String, String> given;
	private final Map<String, Map<String, String>> sideTable;
	private final String sourceImage;
	private long made;
	/** The harvested values of the image last asked for: rows in a row often share their image. */
	private volatile Memo memo;
	/**
	 * The harvested values of each image once worked out, where the dataset has few distinct images (files of
	 * several set-ups or channels taking turns in a folder), else null.
	 */
	private final String[][] byImage;

	/** The most distinct images whose values are kept one by one. */
	private static final int KEPT_IMAGES = 1024;

	private record Memo(int image, String[] values) {}

	/**
	 * @param dataset the dataset's files and their images
	 * @param files the list's files, by their indexes in the dataset's
	 * @param imageColumns the harvested columns the list has, each a key of {@link FileListBuilder#IMAGE_COLUMNS}
	 * @param pattern the selection's path pattern, or null
	 * @param given the selection's columns of one value for every file
	 * @param sideTable the side table's rows by path, or null
	 * @param sourceImage the annotation set's source image template, or null
	 */
	FileListRows(DatasetImages dataset, FileIndexes files, List<String> imageColumns, PatternMatches pattern,
		Map<String, String> given, Map<String, Map<String, String>> sideTable, String sourceImage)
	{
		this.dataset = dataset;
		this.files = files;
		this.imageColumns = List.copyOf(imageColumns);
		this.imageValues = imageColumns.stream().map(FileListBuilder.IMAGE_COLUMNS::get).toList();
		this.pattern = pattern;
		this.given = given;
		this.sideTable = sideTable;
		this.sourceImage = sourceImage;
		this.byImage = imageColumns.isEmpty() || dataset.imageCount() > KEPT_IMAGES ? null
			: new String[dataset.imageCount()][];
	}

	/** The same rows with the annotation set's {@value FileListBuilder#SOURCE_IMAGE} filled from the template. */
	FileListRows withSourceImage(String template) {
		return new FileListRows(dataset, files, imageColumns, pattern, given, sideTable, template);
	}

	@Override
	public FileList.Row get(int index) {
		made++;
		int file = files.get(index);
		DatasetFile f = dataset.files().get(file);
		return new FileList.Row(f.path(), f.size(), new Values(file, f.path()));
	}

	@Override
	public int size() {
		return files.size();
	}

	/** How many rows were made since the list was built: each read of a row makes it anew (a test hook). */
	long made() {
		return made;
	}

	/** A row's values, worked out when first asked for: most readers of a row want only its path and size. */
	final class Values extends AbstractMap<String, String> {

		private final int file;
		private final String path;
		private Map<String, String> values;

		private Values(int file, String path) {
			this.file = file;
			this.path = path;
		}

		private Map<String, String> computed() {
			if (values == null) values = Collections.unmodifiableMap(FileListRows.this.values(file, path, true));
			return values;
		}

		@Override
		public Set<Map.Entry<String, String>> entrySet() {
			return computed().entrySet();
		}

		@Override
		public String get(Object key) {
			return computed().get(key);
		}

		@Override
		public boolean containsKey(Object key) {
			return computed().containsKey(key);
		}

		@Override
		public int size() {
			return computed().size();
		}
	}

	/** The harvested columns' values for an image, worked out once for a run of rows that share it. */
	private String[] harvested(int image) {
		String[] known = byImage == null ? null : byImage[image];
		if (known != null) return known;
		Memo m = memo;
		if (m != null && m.image() == image) return m.values();
		FileListBuilder.ImageFile img = dataset.imageAt(image);
		String[] out = new String[imageValues.size()];
		for (int c = 0; c < out.length; c++) out[c] = imageValues.get(c).apply(img);
		// the same values whoever works them out first: another thread may store its own equal copy
		if (byImage != null) byImage[image] = out;
		else memo = new Memo(image, out);
		return out;
	}

	/**
	 * A row's values as the columns give them, in the order they override each other.
	 *
	 * @param file the row's file, by its index in the dataset's files
	 */
	Map<String, String> values(int file, String path, boolean withSource) {
		Map<String, String> values = new HashMap<>();
		int image = dataset.imageIndex(file);
		if (image >= 0 && !imageValues.isEmpty()) {
			String[] harvested = harvested(image);
			for (int c = 0; c < harvested.length; c++) {
				if (harvested[c] != null) values.put(imageColumns.get(c), harvested[c]);
			}
		}
		if (pattern != null) {
			Map<String, String> m = pattern.match(path);
			if (m != null) values.putAll(m);
		}
		given.forEach(values::putIfAbsent);
		if (sideTable != null) {
			Map<String, String> row = sideTable.get(path);
			if (row != null) values.putAll(row);
		}
		if (withSource && sourceImage != null) {
			String source = FileListBuilder.fill(sourceImage, values);
			if (source != null) values.put(FileListBuilder.SOURCE_IMAGE, source);
		}
		return values;
	}

	/** The dataset index of the list's i-th file. */
	int file(int index) {
		return files.get(index);
	}

	/** The path of the list's i-th file. */
	String path(int index) {
		return dataset.files().get(files.get(index)).path();
	}
}

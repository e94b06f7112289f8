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
 * columns the selection adds; nothing per row is kept, so a File-list of millions of files costs only its files.
 * Immutable (the maps it reads are not changed after the build).
 */
final class FileListRows extends AbstractList<FileList.Row> implements RandomAccess {

	private final List<DatasetFile> files;
	private final Map<String, FileListBuilder.ImageFile> images;
	private final List<String> imageColumns;
	private final List<Function<FileListBuilder.ImageFile, String>> imageValues;
	private final PathPattern pattern;
	private final List<String> folders;
	private final Map<String, String> given;
	private final Map<String, Map<String, String>> sideTable;
	private final String sourceImage;
	private long made;
	/** The harvested values of the image file last asked for: rows in a row often share their image's record. */
	private volatile Memo memo;

	private record Memo(FileListBuilder.ImageFile image, String[] values) {}

	/**
	 * @param imageColumns the harvested columns the list has, each a key of {@link FileListBuilder#IMAGE_COLUMNS}
	 * @param pattern the selection's path pattern, or null
	 * @param folders the selection's folders, from which the pattern is matched too
	 * @param given the selection's columns of one value for every file
	 * @param sideTable the side table's rows by path, or null
	 * @param sourceImage the annotation set's source image template, or null
	 */
	FileListRows(List<DatasetFile> files, Map<String, FileListBuilder.ImageFile> images, List<String> imageColumns,
		PathPattern pattern, List<String> folders, Map<String, String> given, Map<String, Map<String, String>> sideTable,
		String sourceImage)
	{
		this.files = List.copyOf(files);
		this.images = images;
		this.imageColumns = List.copyOf(imageColumns);
		this.imageValues = imageColumns.stream().map(FileListBuilder.IMAGE_COLUMNS::get).toList();
		this.pattern = pattern;
		this.folders = List.copyOf(folders);
		this.given = given;
		this.sideTable = sideTable;
		this.sourceImage = sourceImage;
	}

	/** The same rows with the annotation set's {@value FileListBuilder#SOURCE_IMAGE} filled from the template. */
	FileListRows withSourceImage(String template) {
		return new FileListRows(files, images, imageColumns, pattern, folders, given, sideTable, template);
	}

	@Override
	public FileList.Row get(int index) {
		made++;
		DatasetFile f = files.get(index);
		return new FileList.Row(f.path(), f.size(), new Values(f.path()));
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

		private final String path;
		private Map<String, String> values;

		private Values(String path) {
			this.path = path;
		}

		private Map<String, String> computed() {
			if (values == null) values = Collections.unmodifiableMap(FileListRows.this.values(path, true));
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

	/** The harvested columns' values for an image file, worked out once for a run of rows that share them. */
	private String[] harvested(FileListBuilder.ImageFile img) {
		Memo m = memo;
		if (m != null && FileListBuilder.sameValues(img, m.image())) return m.values();
		String[] out = new String[imageValues.size()];
		for (int c = 0; c < out.length; c++) out[c] = imageValues.get(c).apply(img);
		memo = new Memo(img, out);
		return out;
	}

	/** A row's values as the columns give them, in the order they override each other. */
	Map<String, String> values(String path, boolean withSource) {
		Map<String, String> values = new HashMap<>();
		FileListBuilder.ImageFile img = images.get(path);
		if (img != null) {
			String[] harvested = harvested(img);
			for (int c = 0; c < harvested.length; c++) {
				if (harvested[c] != null) values.put(imageColumns.get(c), harvested[c]);
			}
		}
		if (pattern != null) {
			Map<String, String> m = FileListBuilder.matchAnywhere(pattern, path, folders);
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
}

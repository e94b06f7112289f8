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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which files of the dataset belong to a study component or annotation set, and where extra File-list columns
 * come from.
 *
 * @param folders folders (relative to the dataset root) whose files all belong
 * @param globs glob patterns relative to the root, e.g. "plate1/**&#47;*.ome.tif"
 * @param pattern a path pattern whose {name} parts become columns, e.g. "{donor}/{condition}/day{day}/*.tif"
 * @param columnsTable a TSV side table (first column Files) whose other columns are added per file
 * @param columnValues columns given in deposit.yaml, the same value for every file of the selection
 * @param nonImage folders and globs (relative to the root) of files that are data but not images
 *          ({@code non_image_files:}): deposited as they are, without image metadata, and not read as images
 * @param constantColumns harvested File-list columns written even when every image has the same value
 *          ({@code constant_columns:}): their names, or {@link #EVERY_COLUMN} for all of them; empty for none
 */
public record FileSelection(List<String> folders, List<String> globs, String pattern, String columnsTable,
	Map<String, String> columnValues, List<String> nonImage, List<String> constantColumns)
{

	/** The deposit.yaml key of {@link #nonImage}. */
	public static final String NON_IMAGE_KEY = "non_image_files";
	/** The deposit.yaml key of {@link #constantColumns}. */
	public static final String CONSTANT_COLUMNS_KEY = "constant_columns";
	/** In {@link #constantColumns}: every harvested column ({@code constant_columns: true}). */
	public static final String EVERY_COLUMN = "*";

	public FileSelection {
		folders = folders == null ? List.of() : List.copyOf(folders);
		globs = globs == null ? List.of() : List.copyOf(globs);
		columnValues = columnValues == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(
			columnValues));
		nonImage = nonImage == null ? List.of() : List.copyOf(nonImage);
		constantColumns = constantColumns == null ? List.of() : List.copyOf(constantColumns);
	}

	/** A selection that writes harvested columns only where the images differ. */
	public FileSelection(List<String> folders, List<String> globs, String pattern, String columnsTable,
		Map<String, String> columnValues, List<String> nonImage)
	{
		this(folders, globs, pattern, columnsTable, columnValues, nonImage, List.of());
	}

	/** Whether the harvested column is written even when every image of the list has the same value. */
	public boolean keepsConstant(String column) {
		return constantColumns.contains(EVERY_COLUMN) || constantColumns.contains(column);
	}

	/** A selection without non-image files. */
	public FileSelection(List<String> folders, List<String> globs, String pattern, String columnsTable,
		Map<String, String> columnValues)
	{
		this(folders, globs, pattern, columnsTable, columnValues, List.of());
	}

	/** A selection without columns given in deposit.yaml. */
	public FileSelection(List<String> folders, List<String> globs, String pattern, String columnsTable) {
		this(folders, globs, pattern, columnsTable, Map.of());
	}

	/** For messages: "folder cells, glob plate*&#47;*.tif, pattern {donor}/*.tif". */
	public String describe() {
		List<String> parts = new java.util.ArrayList<>();
		folders.forEach(f -> parts.add("folder " + (f.isEmpty() ? "." : f)));
		globs.forEach(g -> parts.add("glob " + g));
		if (pattern != null) parts.add("pattern " + pattern);
		return parts.isEmpty() ? "no selection" : String.join(", ", parts);
	}

	/** The files listed as non-image data, as a selection of their own (folders and globs). */
	public FileSelection nonImageFiles() {
		List<String> f = new java.util.ArrayList<>(), g = new java.util.ArrayList<>();
		for (String p : nonImage) (p.matches(".*[*?\\[].*") ? g : f).add(p.equals(".") ? "" : p);
		return new FileSelection(f, g, null, null);
	}

	public boolean isEmpty() {
		return folders.isEmpty() && globs.isEmpty() && pattern == null;
	}
}

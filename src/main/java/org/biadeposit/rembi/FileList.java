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

import java.util.List;
import java.util.Map;

/**
 * A BIA File-list: one row per file, {@code Files} first (the path relative to the upload root, {@code /}-separated),
 * then named columns in order. The rows of a File-list the builder made are computed as they are read, from the
 * files and what the harvest knows about them, and none is held: read them in one pass where you can.
 *
 * @param name the list's file name without extension (usually the component's name, made safe)
 * @param columns the column names after {@code Files}, in order
 */
public record FileList(String name, List<String> columns, List<Row> rows) {

	public FileList {
		columns = List.copyOf(columns);
		// a built File-list computes its rows as they are read, so that no row of a large study is held
		if (!(rows instanceof FileListRows)) rows = List.copyOf(rows);
	}

	/**
	 * Whether the builder made these rows from a walk of the dataset folder (every row a file the walk found, with
	 * the size it found), as opposed to rows read or written by hand.
	 */
	public boolean walked() {
		return rows instanceof FileListRows;
	}

	/**
	 * One file.
	 *
	 * @param path relative to the upload root, {@code /}-separated
	 * @param size in bytes
	 * @param values column name → value; columns a row has no value for are absent
	 */
	public record Row(String path, long size, Map<String, String> values) {

		public Row {
			// a built File-list's row works its values out when they are first read
			if (!(values instanceof FileListRows.Values)) values = Map.copyOf(values);
		}
	}
}

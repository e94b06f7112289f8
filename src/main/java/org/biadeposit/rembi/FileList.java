package org.biadeposit.rembi;

import java.util.List;
import java.util.Map;

/**
 * A BIA File-list: one row per file, {@code Files} first (the path relative to the upload root, {@code /}-separated),
 * then named columns in order.
 *
 * @param name the list's file name without extension (usually the component's name, made safe)
 * @param columns the column names after {@code Files}, in order
 */
public record FileList(String name, List<String> columns, List<Row> rows) {

	public FileList {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
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
			values = Map.copyOf(values);
		}
	}
}

package org.biadeposit.harvest;

import java.nio.file.Path;
import java.util.List;

/**
 * What harvesting one file or dataset gave: its image records, or an error a user can act on, or nothing (a file
 * that is not an image, skipped when it was found by walking a folder).
 *
 * @param file the name to show: as given, or relative to the folder given ({@code /}-separated)
 * @param path the dataset's primary file, absolute
 * @param format the format that read it, or null
 * @param records one per image (series); empty on error or skip
 * @param usedFiles every file of the dataset, absolute
 * @param error what is wrong, or null
 */
public record HarvestedFile(String file, Path path, String format, List<ImageRecord> records, List<Path> usedFiles,
	String error)
{

	public HarvestedFile {
		records = records == null ? List.of() : List.copyOf(records);
		usedFiles = usedFiles == null ? List.of() : List.copyOf(usedFiles);
	}

	static HarvestedFile failed(Path path, String error) {
		return new HarvestedFile(null, path, null, List.of(), List.of(path), error);
	}

	/** A file that no reader claims: not an image. */
	static HarvestedFile unclaimed(Path path) {
		return new HarvestedFile(null, path, null, List.of(), List.of(path), null);
	}

	public boolean hasError() {
		return error != null;
	}

	/** True for a file no reader claims (no records, no error); such files are skipped in folder walks. */
	public boolean notAnImage() {
		return error == null && records.isEmpty();
	}

	/** The same result shown under another name, its records renamed too. */
	HarvestedFile named(String name) {
		List<ImageRecord> renamed = records.stream().map(r -> r.withFile(name)).toList();
		return new HarvestedFile(name, path, format, renamed, usedFiles, error);
	}
}

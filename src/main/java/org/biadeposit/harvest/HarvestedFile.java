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
 * @param usedFiles every file of the dataset, absolute; none when the walk could not reach it (see {@link #reached})
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

	/**
	 * A file or folder the walk could not reach (a link that leaves the folder, dangles or loops, a folder that
	 * cannot be listed, a named pipe): nothing of it was read, and it uses no file.
	 */
	static HarvestedFile unreachable(Path path, String reason) {
		return new HarvestedFile(null, path, null, List.of(), List.of(), reason);
	}

	/** A file that no reader claims: not an image. */
	static HarvestedFile unclaimed(Path path) {
		return new HarvestedFile(null, path, null, List.of(), List.of(path), null);
	}

	public boolean hasError() {
		return error != null;
	}

	/**
	 * False for what the walk could not reach at all, as opposed to a file it reached and could not read: a
	 * deposition reports those as what the walk could not reach, not as images it could not read.
	 */
	public boolean reached() {
		return error == null || !usedFiles.isEmpty();
	}

	/** True for a file no reader claims (no records, no error); such files are skipped in folder walks. */
	public boolean notAnImage() {
		return error == null && records.isEmpty();
	}

	/** The same result shown under another name, its records renamed too. */
	public HarvestedFile named(String name) {
		List<ImageRecord> renamed = records.stream().map(r -> r.withFile(name)).toList();
		return new HarvestedFile(name, path, format, renamed, usedFiles, error);
	}
}

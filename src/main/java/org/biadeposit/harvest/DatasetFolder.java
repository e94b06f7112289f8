package org.biadeposit.harvest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The folder a harvest was started on, or a single file's own folder. Metadata may name other files of its dataset
 * (an OME-TIFF's companion, a companion's TIFFs); those are opened, and later deposited, only when they lie inside
 * this folder once links are followed, so that a crafted file cannot pull {@code /etc/hostname} or
 * {@code ../../private} into a deposition.
 */
final class DatasetFolder {

	private DatasetFolder() {}

	/**
	 * The file a metadata file names, relative to the metadata file's folder.
	 *
	 * @param folder the dataset folder
	 * @param namingFile the file whose metadata names the other
	 * @param named the name as written in the metadata
	 * @throws UnreadableImageException when the named file lies outside the dataset folder
	 */
	static Path resolve(Path folder, Path namingFile, String named) throws IOException, UnreadableImageException {
		Path path;
		try {
			path = namingFile.resolveSibling(named.replace('\\', '/'));
		}
		catch (InvalidPathException e) {
			throw new UnreadableImageException(namingFile.getFileName() + " names the file \"" + named.replaceAll(
				"\\p{Cntrl}", "?") + "\", which is not a name a file can have here");
		}
		if (!realPath(path).startsWith(folder.toRealPath())) {
			throw new UnreadableImageException(namingFile.getFileName() + " names the file \"" + named +
				"\", which is outside the dataset folder " + folder + " (links followed). bia-deposit reads and " +
				"deposits only files inside the folder you harvest: move the file into it, or harvest the folder " +
				"that holds both");
		}
		return path.normalize();
	}

	/** Where a path really leads: through every link of its longest existing part. */
	private static Path realPath(Path path) throws IOException {
		Path absolute = path.toAbsolutePath();
		if (Files.exists(absolute)) return absolute.toRealPath();
		Path normal = absolute.normalize();
		Path existing = normal.getParent();
		while (existing != null && !Files.exists(existing)) existing = existing.getParent();
		return existing == null ? normal : existing.toRealPath().resolve(existing.relativize(normal)).normalize();
	}
}

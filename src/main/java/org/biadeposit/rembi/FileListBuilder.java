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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.biadeposit.harvest.DatasetFile;
import org.biadeposit.harvest.ImageRecord;

/**
 * Writes the rows of one File-list: {@code Files} first (path relative to the dataset root), then the harvested
 * fields that <em>vary</em> between the images of the list (values every image shares belong in the image
 * acquisition text, not in every row, unless the component asks for them with {@code constant_columns:}), then
 * {@value #IMAGE_ACQUISITION}, then the columns a path pattern captures, then the columns deposit.yaml gives (one
 * value for every file), then the columns of a side table (which win over deposit.yaml's per file).
 */
public final class FileListBuilder {

	/** What the File-list knows about an image file. */
	public record ImageFile(ImageRecord image, int seriesCount, String dataset, String acquisition) {}

	/** The column that names the multi-file image a file is part of (BIA's spelling), in every row of the image. */
	public static final String MULTI_FILE_IMAGE = "Multi-file image";

	/** The column that names each file's image acquisition, when a component's rows name several. */
	public static final String IMAGE_ACQUISITION = "Image acquisition";

	/** The harvested fields that can become columns, by column name ({@link #sameValues} names what they read). */
	static final Map<String, Function<ImageFile, String>> IMAGE_COLUMNS = new LinkedHashMap<>();
	static {
		IMAGE_COLUMNS.put("Format", f -> f.image().format());
		IMAGE_COLUMNS.put("Series", f -> f.seriesCount() > 1 ? String.valueOf(f.seriesCount()) : null);
		IMAGE_COLUMNS.put("Size X", f -> s(f.image().sizeX()));
		IMAGE_COLUMNS.put("Size Y", f -> s(f.image().sizeY()));
		IMAGE_COLUMNS.put("Size Z", f -> s(f.image().sizeZ()));
		IMAGE_COLUMNS.put("Channels", f -> s(f.image().sizeC()));
		IMAGE_COLUMNS.put("Time points", f -> s(f.image().sizeT()));
		IMAGE_COLUMNS.put("Pixel type", f -> f.image().pixelType());
		IMAGE_COLUMNS.put("Pixel size X (µm)", f -> s(f.image().physicalSizeX()));
		IMAGE_COLUMNS.put("Pixel size Y (µm)", f -> s(f.image().physicalSizeY()));
		IMAGE_COLUMNS.put("Z step (µm)", f -> s(f.image().physicalSizeZ()));
		IMAGE_COLUMNS.put("Time interval (s)", f -> s(f.image().timeIncrement()));
		IMAGE_COLUMNS.put("Channel names", f -> channels(f, ImageRecord.Channel::name));
		IMAGE_COLUMNS.put("Fluorophores", f -> channels(f, ImageRecord.Channel::fluor));
		IMAGE_COLUMNS.put("Excitation (nm)", f -> channels(f, c -> s(c.excitationWavelength())));
		IMAGE_COLUMNS.put("Emission (nm)", f -> channels(f, c -> s(c.emissionWavelength())));
		IMAGE_COLUMNS.put("Objective", FileListBuilder::objective);
		IMAGE_COLUMNS.put("Acquisition date", f -> f.image().acquisitionDate());
		IMAGE_COLUMNS.put("Imaging method", f -> f.image().imagingMethod() == null ? null : f.image()
			.imagingMethod().name());
		IMAGE_COLUMNS.put(MULTI_FILE_IMAGE, FileListBuilder.ImageFile::dataset);
		// last, so that it stands between the harvested columns and the pattern's (the documented order)
		IMAGE_COLUMNS.put(IMAGE_ACQUISITION, FileListBuilder.ImageFile::acquisition);
	}

	private FileListBuilder() {}

	/** The names of the harvested columns, in File-list order (what {@code constant_columns:} may name). */
	public static List<String> harvestedColumns() {
		return List.copyOf(IMAGE_COLUMNS.keySet());
	}

	/**
	 * Builds a File-list.
	 *
	 * @param name the list's name (its file name without extension)
	 * @param files the files of the list, in order
	 * @param images what is known about each image file, by path; files not in it are listed by path only
	 * @param selection the pattern and side table that add columns
	 * @param root the dataset root (side tables are relative to it)
	 * @param problems where problems with the pattern or side table are added
	 */
	public static FileList build(String name, List<DatasetFile> files, Map<String, ImageFile> images,
		FileSelection selection, Path root, List<Problem> problems)
	{
		return build(name, files, images, selection, null, root, problems);
	}

	/** The column that names each annotation file's source image (MIFA; spelled as in BIA's training pages). */
	public static final String SOURCE_IMAGE = "Source Image";

	/**
	 * Builds the File-list of an annotation set: as {@link #build}, plus a {@value #SOURCE_IMAGE} column filled
	 * from the set's {@code source_image} template with the values its path pattern captured.
	 *
	 * @param sourceImage e.g. "images/{name}.tif"; a template without {names} names the same image for every row
	 */
	public static FileList build(String name, List<DatasetFile> files, Map<String, ImageFile> images,
		FileSelection selection, String sourceImage, Path root, List<Problem> problems)
	{
		return build(name, DatasetImages.of(files, images), FileIndexes.all(files.size()), selection, sourceImage,
			root, problems);
	}

	/**
	 * Builds a File-list of some of a dataset's files.
	 *
	 * @param dataset the dataset's files and what is known about the image of each
	 * @param files the list's files, by their indexes in the dataset's, in order
	 * @param sourceImage an annotation set's source image template, or null
	 */
	static FileList build(String name, DatasetImages dataset, FileIndexes files, FileSelection selection,
		String sourceImage, Path root, List<Problem> problems)
	{
		FileList list = buildRows(name, dataset, files, selection, root, problems);
		if (sourceImage == null || sourceImage.isBlank()) return list;
		List<String> columns = new ArrayList<>(list.columns());
		columns.add(0, SOURCE_IMAGE);
		FileListRows rows = ((FileListRows) list.rows()).withSourceImage(sourceImage);
		int unresolved = 0;
		String example = null;
		for (int i = 0; i < rows.size(); i++) {
			String path = rows.path(i);
			if (fill(sourceImage, rows.values(rows.file(i), path, false)) == null) {
				unresolved++;
				if (example == null) example = path;
			}
		}
		if (unresolved > 0) {
			problems.add(Problem.warning(Place.fileList(name), unresolved + " annotation file(s), e.g. " + example +
				", have no source image: the source_image template \"" + sourceImage + "\" uses names its path " +
				"pattern did not capture for them. Check pattern and source_image in deposit.yaml"));
		}
		return new FileList(list.name(), columns, rows);
	}

	/** A template with {name} parts filled from captured values, or null when a name has no value. */
	static String fill(String template, Map<String, String> values) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < template.length()) {
			int open = template.indexOf('{', i);
			int close = open < 0 ? -1 : template.indexOf('}', open);
			if (open < 0 || close < 0) {
				out.append(template, i, template.length());
				break;
			}
			String value = values.get(template.substring(open + 1, close));
			if (value == null) return null;
			out.append(template, i, open).append(value);
			i = close + 1;
		}
		return out.toString();
	}

	private static FileList buildRows(String name, DatasetImages dataset, FileIndexes files, FileSelection selection,
		Path root, List<Problem> problems)
	{
		List<String> columns = imageColumns(dataset, files, selection);
		List<String> harvested = List.copyOf(columns);
		PatternMatches pattern = null;
		if (selection != null && selection.pattern() != null) {
			pattern = patternColumns(name, dataset, files, selection, columns, problems);
		}
		Map<String, String> given = selection == null ? Map.of() : selection.columnValues();
		for (String column : given.keySet()) {
			if (!columns.contains(column)) columns.add(column);
		}
		Map<String, Map<String, String>> sideTable = null;
		if (selection != null && selection.columnsTable() != null) {
			sideTable = ColumnsTable.read(name, dataset, files, root, selection.columnsTable(), columns, problems);
		}
		return new FileList(name, columns, new FileListRows(dataset, files, harvested, pattern, given, sideTable,
			null));
	}

	/**
	 * The harvested columns that tell the files apart, looking at each distinct image of the list once: a column is
	 * kept when some image has a value for it and the images do not all have the same (the multi-file image column
	 * whenever some image has one, and the columns the component's {@code constant_columns} asks for).
	 * Only the first value and whether another differs are kept per column, not the column's values.
	 */
	private static List<String> imageColumns(DatasetImages dataset, FileIndexes files, FileSelection selection) {
		List<String> names = new ArrayList<>(IMAGE_COLUMNS.keySet());
		List<Function<ImageFile, String>> values = new ArrayList<>(IMAGE_COLUMNS.values());
		int n = names.size();
		String[] first = new String[n];
		boolean[] any = new boolean[n];
		boolean[] differs = new boolean[n];
		boolean seen = false;
		BitSet looked = new BitSet(dataset.imageCount());
		int previous = -1;
		for (int i = 0; i < files.size(); i++) {
			int image = dataset.imageIndex(files.get(i));
			// the files of one multi-file image, and files with one shared record, share an image: looked at once
			if (image < 0 || image == previous || looked.get(image)) continue;
			looked.set(image);
			previous = image;
			ImageFile img = dataset.imageAt(image);
			for (int c = 0; c < n; c++) {
				if (differs[c]) continue; // two values, so one is not null: nothing more to learn
				String v = values.get(c).apply(img);
				any[c] |= v != null;
				if (!seen) first[c] = v;
				else if (!differs[c] && !Objects.equals(first[c], v)) differs[c] = true;
			}
			seen = true;
		}
		List<String> out = new ArrayList<>();
		for (int c = 0; c < n; c++) {
			boolean always = names.get(c).equals(MULTI_FILE_IMAGE) || selection != null && selection.keepsConstant(
				names.get(c));
			if (any[c] && (differs[c] || always)) out.add(names.get(c));
		}
		return out;
	}

	/**
	 * Whether two image files give the same value in every harvested column, found without working them out: the
	 * columns read only these parts of an image file ({@link #IMAGE_COLUMNS}; a column that reads another part must
	 * be named here too), and the files that share a cached record hold its very parts, renamed.
	 */
	static boolean sameValues(ImageFile a, ImageFile b) {
		if (a == b) return true;
		if (b == null || a.seriesCount() != b.seriesCount() || !Objects.equals(a.dataset(), b.dataset()) || !Objects
			.equals(a.acquisition(), b.acquisition()))
		{
			return false;
		}
		ImageRecord x = a.image(), y = b.image();
		return x == y || x.format() == y.format() && x.sizeX() == y.sizeX() && x.sizeY() == y.sizeY() && x
			.sizeZ() == y.sizeZ() && x.sizeC() == y.sizeC() && x.sizeT() == y.sizeT() && x.pixelType() == y
				.pixelType() && x.physicalSizeX() == y.physicalSizeX() && x.physicalSizeY() == y.physicalSizeY() && x
					.physicalSizeZ() == y.physicalSizeZ() && x.timeIncrement() == y.timeIncrement() && x.channels() == y
						.channels() && x.objective() == y.objective() && x.acquisitionDate() == y.acquisitionDate() && x
							.imagingMethod() == y.imagingMethod();
	}

	/** Adds the pattern's names as columns and warns about the files it does not match; the pattern, or null. */
	private static PatternMatches patternColumns(String list, DatasetImages dataset, FileIndexes files,
		FileSelection selection, List<String> columns, List<Problem> problems)
	{
		PathPattern pattern;
		try {
			pattern = PathPattern.compile(selection.pattern());
		}
		catch (IllegalArgumentException e) {
			problems.add(Problem.error(Place.fileList(list), e.getMessage()));
			return null;
		}
		for (String n : pattern.names()) {
			if (!columns.contains(n)) columns.add(n);
		}
		PatternMatches matches = new PatternMatches(pattern, selection.folders());
		int unmatched = 0;
		String example = null;
		for (int i = 0; i < files.size(); i++) {
			String path = dataset.files().get(files.get(i)).path();
			if (matches.match(path) == null) {
				unmatched++;
				if (example == null) example = path;
			}
		}
		if (unmatched > 0) {
			problems.add(Problem.warning(Place.fileList(list), unmatched + " file(s), e.g. " + example +
				", do not match the pattern \"" + pattern + "\", so their " + String.join(", ", pattern.names()) +
				" cells are empty. Check the pattern, or move the files"));
		}
		return matches;
	}

	/** The objectives met and how the Objective column shows them: most images of a study share a few. */
	private static final Map<ImageRecord.Objective, String> OBJECTIVES = new ConcurrentHashMap<>();

	private static String objective(ImageFile f) {
		ImageRecord.Objective o = f.image().objective();
		if (o == null) return null;
		String shown = OBJECTIVES.get(o);
		if (shown != null) return shown;
		shown = AcquisitionGrouper.instrument(new ImageRecord(null, 0, null, null, null, null, null, null, null, null,
			null, null, null, null, null, o, null, null, null, null));
		if (shown != null) {
			if (OBJECTIVES.size() >= 1024) OBJECTIVES.clear();
			OBJECTIVES.put(o, shown);
		}
		return shown;
	}

	private static String channels(ImageFile f, Function<ImageRecord.Channel, String> field) {
		List<String> out = new ArrayList<>();
		boolean any = false;
		for (ImageRecord.Channel c : f.image().channels()) {
			String v = field.apply(c);
			any |= v != null;
			out.add(v == null ? "" : v);
		}
		return any ? String.join("; ", out) : null;
	}

	private static String s(Object v) {
		if (v == null) return null;
		if (v instanceof Double) return AcquisitionGrouper.number((Double) v);
		return v.toString();
	}

	/** A file-list name made safe for a file name: letters, digits, - and _. */
	public static String safeName(String name) {
		String s = name.trim().replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^_+|_+$", "");
		return s.isEmpty() ? "files" : s.toLowerCase(Locale.ROOT);
	}
}

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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.biadeposit.harvest.DatasetFile;
import org.biadeposit.harvest.DatasetHarvest;

/**
 * Builds a {@link Deposition} from what was harvested in a dataset folder and what deposit.yaml says: study
 * components with their File-lists, and, where deposit.yaml gives none, image acquisitions grouped from the
 * harvested settings.
 */
public final class DepositionBuilder {

	/**
	 * The deposition, what the building found wrong or doubtful, the images made of several files (which
	 * validation checks are deposited whole), and the harvested images grouped by instrument set-up.
	 */
	public record Result(Deposition deposition, List<Problem> problems, MultiFileImages multiFileImages,
		List<AcquisitionGrouper.Group> acquisitionGroups)
	{}

	private DepositionBuilder() {}

	/**
	 * @param harvest the one walk of the dataset folder: its files and its harvest; unreadable files are listed
	 *          without metadata, and each file or folder the walk could not reach is an error
	 * @param described what deposit.yaml says (study, modules, components), or null for the defaults
	 */
	public static Result build(DatasetHarvest harvest, Deposition described) {
		Path root = harvest.root();
		List<Problem> problems = new ArrayList<>();
		boolean generatedAcquisitions = described == null || described.acquisitions().isEmpty();
		HarvestedImages.Result read = HarvestedImages.read(harvest, generatedAcquisitions ? null : described
			.acquisitions(), problems);
		DatasetImages images = read.images();
		List<DatasetFile> files = images.files();
		List<AcquisitionGrouper.Group> groups = read.groups();

		List<StudyComponent> components = described == null || described.components().isEmpty()
			? ComponentPlanner.defaultComponents(root, files) : selections(described.components(), files, problems);
		List<AnnotationSet> describedSets = described == null ? List.of() : described.annotations();
		List<FileSelection> selections = new ArrayList<>();
		for (StudyComponent c : components) selections.add(c.files());
		for (AnnotationSet a : describedSets) {
			if (a.files() != null) selections.add(a.files());
		}
		List<FileIndexes> assigned = ComponentPlanner.indexes(selections, files);

		BitSet listed = new BitSet(files.size());
		// a side table is read into the File-list, not left behind: no warning that it is in no component
		Set<String> tables = new HashSet<>();
		Set<String> listNames = new LinkedHashSet<>();
		List<StudyComponent> built = new ArrayList<>();
		int selection = 0;
		for (StudyComponent c : components) {
			// An empty selection gives an empty File-list, which validation reports with the selection.
			FileIndexes own = assigned.get(selection++);
			own.addTo(listed);
			if (c.files() != null && c.files().columnsTable() != null) tables.add(c.files().columnsTable());
			String name = unique(listNames, FileListBuilder.safeName(c.listName()));
			FileList list = FileListBuilder.build(name, images, own, c.files(), null, root, problems);
			List<Associations> rows = c.associations();
			if (rows.isEmpty() && generatedAcquisitions) rows = defaultAssociations(own, images);
			StudyComponent b = c.withAssociations(rows).withFileList(list);
			AcquisitionRules.check(b, own, images, problems);
			built.add(b);
		}
		List<AnnotationSet> annotations = new ArrayList<>();
		for (AnnotationSet a : describedSets) {
			FileIndexes own = a.files() == null ? FileIndexes.NONE : assigned.get(selection++);
			own.addTo(listed);
			if (a.files() != null && a.files().columnsTable() != null) tables.add(a.files().columnsTable());
			String name = unique(listNames, FileListBuilder.safeName(a.title()));
			annotations.add(a.withFileList(FileListBuilder.build(name, images, own, a.files(), a.sourceImage(), root,
				problems)));
		}
		unlisted(root, files, listed, tables, problems);

		List<ImageAcquisition> acquisitions = generatedAcquisitions ? groups.stream().map(
			AcquisitionGrouper.Group::acquisition).toList() : described.acquisitions();
		Study study = described == null ? new Study(null, null, null, null, null, null, Licence.DEFAULT.label(),
			null, null, null, null, null, null) : described.study();
		Deposition d = new Deposition(root, described == null ? null : described.config(), study, described == null
			? List.of() : described.biosamples(), described == null ? List.of() : described.specimens(),
			acquisitions, described == null ? List.of() : described.analyses(), described == null ? List.of()
				: described.correlations(), built, annotations, described == null ? null : described.published());
		return new Result(d, problems, read.multiFile(), groups);
	}

	/** A warning for the files no component or annotation set lists: they would not be deposited. */
	private static void unlisted(Path root, List<DatasetFile> files, BitSet listed, Set<String> tables,
		List<Problem> problems)
	{
		List<String> examples = new ArrayList<>();
		int unlisted = 0;
		boolean nested = false;
		for (int i = listed.nextClearBit(0); i < files.size(); i = listed.nextClearBit(i + 1)) {
			String path = files.get(i).path();
			if (tables.contains(path)) continue;
			unlisted++;
			if (examples.size() < 5) examples.add(path);
			nested |= path.contains("/");
		}
		if (unlisted > 0 && !nested) {
			problems.add(Problem.warning(Place.datasetFile(root.toString()), unlisted + " loose file(s) at the top of the dataset " +
				"folder are in no study component and will not be deposited: " + String.join(", ", examples) +
				(unlisted > 5 ? " …" : "") + ". Components are made from " +
				"folders: move them into the folder of the component they belong to, or name them in a component's " +
				"files: in deposit.yaml"));
		}
		else if (unlisted > 0) {
			problems.add(Problem.warning(Place.datasetFile(root.toString()), unlisted + " file(s) are in no study component " +
				"or annotation set and will not be deposited, e.g. " + examples.get(0) +
				". Add them to a component's files: in deposit.yaml, or move them out of the dataset folder"));
		}
	}

	/** Components from deposit.yaml that do not say which files are theirs take the folder of their name. */
	private static List<StudyComponent> selections(List<StudyComponent> components, List<DatasetFile> files,
		List<Problem> problems)
	{
		List<StudyComponent> out = new ArrayList<>();
		for (StudyComponent c : components) {
			if (c.files() != null && !c.files().isEmpty()) {
				out.add(c);
				continue;
			}
			FileSelection guess;
			if (components.size() == 1) {
				guess = new FileSelection(List.of(""), List.of(), null, null);
			}
			else {
				String folder = folderNamed(c.name(), files);
				guess = new FileSelection(List.of(folder == null ? c.name() : folder), List.of(), null, null);
				if (folder == null) {
					problems.add(Problem.error(Place.yaml("deposit.yaml", 0, List.of("study_component", c.listName(),
						"files")), "deposit.yaml does not say which files belong to study component \"" + c.name() +
							"\", and there is no folder named \"" + c.name() + "\" (in any case). Add files: <folder or " +
							"glob> to the component"));
				}
			}
			FileSelection given = c.files();
			if (given != null) {
				// the component gave columns but no files: keep its columns on the guessed folder
				guess = new FileSelection(guess.folders(), guess.globs(), null, given.columnsTable(), given
					.columnValues(), given.nonImage(), given.constantColumns());
			}
			out.add(new StudyComponent(c.name(), c.description(), guess, c.associations(), null, c.key()));
		}
		return out;
	}

	/**
	 * The top-level folder named like a component: of exactly its name, else of its name in another case (bia-agent
	 * names components by their associations key, which users write as they like), else null.
	 */
	private static String folderNamed(String name, List<DatasetFile> files) {
		String other = null;
		String stripped = name.strip();
		for (DatasetFile f : files) {
			String path = f.path();
			int slash = path.indexOf('/');
			if (slash < 0) continue;
			if (slash == name.length() && path.startsWith(name)) return name;
			if (other == null && slash == stripped.length() && path.regionMatches(true, 0, stripped, 0, slash)) {
				other = path.substring(0, slash);
			}
		}
		return other;
	}

	/**
	 * One row per acquisition the component's images were taken with, in order of first appearance (the
	 * File-list's "Image acquisition" column says which file is which); none when no image says.
	 */
	private static List<Associations> defaultAssociations(FileIndexes files, DatasetImages images) {
		Set<String> acquisitions = new LinkedHashSet<>();
		int previous = -1;
		for (int i = 0; i < files.size(); i++) {
			int image = images.imageIndex(files.get(i));
			if (image < 0 || image == previous) continue;
			previous = image;
			String acquisition = images.imageAt(image).acquisition();
			if (acquisition != null) acquisitions.add(acquisition);
		}
		return acquisitions.stream().map(a -> new Associations(null, null, a, null, null)).toList();
	}

	private static String unique(Set<String> taken, String name) {
		String n = name;
		for (int i = 2; !taken.add(n); i++) n = name + "_" + i;
		return n;
	}
}

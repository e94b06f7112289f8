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
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.biadeposit.harvest.DatasetFile;
import org.biadeposit.harvest.DatasetHarvest;
import org.biadeposit.harvest.HarvestedFile;
import org.biadeposit.harvest.ImageRecord;

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
		List<HarvestedFile> harvested = harvest.harvested();
		MultiFileImages multiFile = MultiFileImages.of(root, harvested, harvest.files());
		List<DatasetFile> files = withHiddenParts(root, harvest.files(), multiFile);
		List<Problem> problems = new ArrayList<>();
		for (HarvestedFile h : harvested) {
			if (!h.reached()) problems.add(Problem.error(Place.datasetFile(h.file()), h.error()));
		}

		List<ImageRecord> records = new ArrayList<>();
		for (HarvestedFile h : harvested) records.addAll(h.records());
		List<AcquisitionGrouper.Group> groups = AcquisitionGrouper.group(records);
		Map<ImageRecord, String> acquisitionOf = new IdentityHashMap<>();
		for (AcquisitionGrouper.Group g : groups) {
			for (ImageRecord r : g.images()) acquisitionOf.put(r, g.acquisition().title());
		}
		boolean generatedAcquisitions = described == null || described.acquisitions().isEmpty();
		Map<String, FileListBuilder.ImageFile> images = images(root, harvested, multiFile, generatedAcquisitions
			? acquisitionOf : AcquisitionRules.assign(root, harvested, described.acquisitions(), problems));

		List<StudyComponent> components = described == null || described.components().isEmpty()
			? ComponentPlanner.defaultComponents(root, files) : selections(described.components(), files, problems);
		List<FileSelection> selections = new ArrayList<>();
		for (StudyComponent c : components) selections.add(c.files());
		for (AnnotationSet a : described == null ? List.<AnnotationSet> of() : described.annotations()) {
			if (a.files() != null) selections.add(a.files());
		}
		Map<FileSelection, List<DatasetFile>> assigned = ComponentPlanner.assign(selections, files);

		Set<String> listed = new LinkedHashSet<>();
		Set<String> listNames = new LinkedHashSet<>();
		List<StudyComponent> built = new ArrayList<>();
		for (StudyComponent c : components) {
			// An empty selection gives an empty File-list, which validation reports with the selection.
			List<DatasetFile> own = assigned.getOrDefault(c.files(), List.of());
			own.forEach(f -> listed.add(f.path()));
			// a side table is read into the File-list, not left behind: no warning that it is in no component
			if (c.files() != null && c.files().columnsTable() != null) listed.add(c.files().columnsTable());
			String name = unique(listNames, FileListBuilder.safeName(c.listName()));
			FileList list = FileListBuilder.build(name, own, images, c.files(), root, problems);
			List<Associations> rows = c.associations();
			if (rows.isEmpty() && generatedAcquisitions) rows = defaultAssociations(own, images);
			StudyComponent b = c.withAssociations(rows).withFileList(list);
			AcquisitionRules.check(b, own, images, problems);
			built.add(b);
		}
		List<AnnotationSet> annotations = new ArrayList<>();
		for (AnnotationSet a : described == null ? List.<AnnotationSet> of() : described.annotations()) {
			List<DatasetFile> own = a.files() == null ? List.of() : assigned.getOrDefault(a.files(), List.of());
			own.forEach(f -> listed.add(f.path()));
			if (a.files() != null && a.files().columnsTable() != null) listed.add(a.files().columnsTable());
			String name = unique(listNames, FileListBuilder.safeName(a.title()));
			annotations.add(a.withFileList(FileListBuilder.build(name, own, images, a.files(), a.sourceImage(), root,
				problems)));
		}
		List<String> unlisted = files.stream().map(DatasetFile::path).filter(p -> !listed.contains(p)).toList();
		if (!unlisted.isEmpty() && unlisted.stream().noneMatch(p -> p.contains("/"))) {
			problems.add(Problem.warning(Place.datasetFile(root.toString()), unlisted.size() + " loose file(s) at the top of the dataset " +
				"folder are in no study component and will not be deposited: " + String.join(", ", unlisted.subList(0,
					Math.min(5, unlisted.size()))) + (unlisted.size() > 5 ? " …" : "") + ". Components are made from " +
				"folders: move them into the folder of the component they belong to, or name them in a component's " +
				"files: in deposit.yaml"));
		}
		else if (!unlisted.isEmpty()) {
			problems.add(Problem.warning(Place.datasetFile(root.toString()), unlisted.size() + " file(s) are in no study component " +
				"or annotation set and will not be deposited, e.g. " + unlisted.get(0) +
				". Add them to a component's files: in deposit.yaml, or move them out of the dataset folder"));
		}

		List<ImageAcquisition> acquisitions = generatedAcquisitions ? groups.stream().map(
			AcquisitionGrouper.Group::acquisition).toList() : described.acquisitions();
		Study study = described == null ? new Study(null, null, null, null, null, null, Licence.DEFAULT.label(),
			null, null, null, null, null, null) : described.study();
		Deposition d = new Deposition(root, described == null ? null : described.config(), study, described == null
			? List.of() : described.biosamples(), described == null ? List.of() : described.specimens(),
			acquisitions, described == null ? List.of() : described.analyses(), described == null ? List.of()
				: described.correlations(), built, annotations, described == null ? null : described.published());
		return new Result(d, problems, multiFile, groups);
	}

	/**
	 * The files the walk listed, and the files of multi-file images it does not list (it skips hidden files; a
	 * companion set may name one), so that every file of an image is deposited.
	 */
	private static List<DatasetFile> withHiddenParts(Path root, List<DatasetFile> files, MultiFileImages multiFile) {
		List<DatasetFile> hidden = multiFile.notAmong(root, files);
		if (hidden.isEmpty()) return files;
		List<DatasetFile> all = new ArrayList<>(files);
		all.addAll(hidden);
		all.sort(Comparator.comparing(DatasetFile::path));
		return all;
	}

	/** What the File-lists know about each image file and each file of a multi-file image, by relative path. */
	static Map<String, FileListBuilder.ImageFile> images(Path root, List<HarvestedFile> harvested,
		MultiFileImages multiFile, Map<ImageRecord, String> acquisitionOf)
	{
		Path base = root.toAbsolutePath().normalize();
		Map<String, FileListBuilder.ImageFile> out = new HashMap<>();
		for (HarvestedFile h : harvested) {
			if (h.records().isEmpty() || h.path() == null || !h.path().startsWith(base)) continue;
			ImageRecord first = h.records().get(0);
			String primary = DatasetFile.relative(base, h.path());
			List<String> parts = multiFile.members().get(primary);
			FileListBuilder.ImageFile info = new FileListBuilder.ImageFile(first, h.records().size(), parts == null
				? null : primary, acquisitionOf.get(first));
			out.put(primary, info);
			if (parts != null) parts.forEach(part -> out.put(part, info));
		}
		return out;
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
		for (DatasetFile f : files) {
			int slash = f.path().indexOf('/');
			if (slash < 0) continue;
			String top = f.path().substring(0, slash);
			if (top.equals(name)) return top;
			if (other == null && top.equalsIgnoreCase(name.strip())) other = top;
		}
		return other;
	}

	/**
	 * One row per acquisition the component's images were taken with, in order of first appearance (the
	 * File-list's "Image acquisition" column says which file is which); none when no image says.
	 */
	private static List<Associations> defaultAssociations(List<DatasetFile> files, Map<String,
		FileListBuilder.ImageFile> images)
	{
		Set<String> acquisitions = new LinkedHashSet<>();
		for (DatasetFile f : files) {
			FileListBuilder.ImageFile img = images.get(f.path());
			if (img != null && img.acquisition() != null) acquisitions.add(img.acquisition());
		}
		return acquisitions.stream().map(a -> new Associations(null, null, a, null, null)).toList();
	}

	private static String unique(Set<String> taken, String name) {
		String n = name;
		for (int i = 2; !taken.add(n); i++) n = name + "_" + i;
		return n;
	}
}

package org.biadeposit.pagetab;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.rembi.AnnotationSet;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.StudyComponent;

/**
 * The package folder a deposition is sent from (or uploaded by hand through the BIA web tool):
 * {@code submission.json} (PageTab), {@code filelists/<list>.json} and {@code .tsv}, and {@code upload-plan.tsv}
 * (every file to upload: local path, remote path, size).
 */
public final class SubmissionPackage {

	public static final String SUBMISSION = "submission.json";
	public static final String UPLOAD_PLAN = "upload-plan.tsv";
	/** Marks a package folder, so that a package written inside the dataset is not taken for data. */
	public static final String MARKER = ".bia-package";

	/** What was written. */
	public record Written(Path submission, List<Path> fileLists, Path uploadPlan, int files, long bytes) {}

	private SubmissionPackage() {}

	/** Writes only the File-lists, {@code OUT/<list>.tsv} and {@code .json} (bia filelists). */
	public static List<Path> writeFileLists(Deposition d, Path out) throws IOException {
		Files.createDirectories(out);
		List<Path> written = new ArrayList<>();
		for (org.biadeposit.rembi.FileList list : lists(d)) {
			FileList pagetab = DepositionPageTab.fileList(list);
			Path json = out.resolve(list.name() + ".json"), tsv = out.resolve(list.name() + ".tsv");
			FileListFormat.JSON.write(pagetab, json);
			FileListFormat.TSV.write(pagetab, tsv);
			written.add(tsv);
			written.add(json);
		}
		return written;
	}

	/** Writes the whole package. The deposition should have passed validation. */
	public static Written write(Deposition d, Path out) throws IOException {
		Files.createDirectories(out);
		Files.writeString(out.resolve(MARKER), "bia-deposit package folder\n", StandardCharsets.UTF_8);
		Path submission = out.resolve(SUBMISSION);
		PageTabJson.write(DepositionPageTab.submission(d), submission);
		List<Path> fileLists = writeFileLists(d, out.resolve(DepositionPageTab.FILE_LIST_FOLDER));

		Map<String, Path> plan = new LinkedHashMap<>();
		Map<String, Long> sizes = new LinkedHashMap<>();
		for (org.biadeposit.rembi.FileList list : lists(d)) {
			for (org.biadeposit.rembi.FileList.Row row : list.rows()) {
				plan.putIfAbsent(row.path(), d.root().resolve(row.path()).toAbsolutePath().normalize());
				sizes.putIfAbsent(row.path(), row.size());
			}
		}
		for (Path list : fileLists) {
			if (!list.getFileName().toString().endsWith(".json")) continue; // the TSVs are for people
			String remote = DepositionPageTab.FILE_LIST_FOLDER + "/" + list.getFileName();
			plan.put(remote, list.toAbsolutePath().normalize());
			sizes.put(remote, Files.size(list));
		}
		Path uploadPlan = out.resolve(UPLOAD_PLAN);
		long bytes = 0;
		try (BufferedWriter w = Files.newBufferedWriter(uploadPlan, StandardCharsets.UTF_8)) {
			w.write("local\tremote\tsize\n");
			for (Map.Entry<String, Path> e : plan.entrySet()) {
				long size = sizes.get(e.getKey());
				bytes += size;
				w.write(e.getValue() + "\t" + e.getKey() + "\t" + size + "\n");
			}
		}
		return new Written(submission, fileLists, uploadPlan, plan.size(), bytes);
	}

	private static List<org.biadeposit.rembi.FileList> lists(Deposition d) {
		List<org.biadeposit.rembi.FileList> out = new ArrayList<>();
		for (StudyComponent c : d.components()) {
			if (c.fileList() != null && !c.fileList().rows().isEmpty()) out.add(c.fileList());
		}
		for (AnnotationSet a : d.annotations()) {
			if (a.fileList() != null && !a.fileList().rows().isEmpty()) out.add(a.fileList());
		}
		return out;
	}
}

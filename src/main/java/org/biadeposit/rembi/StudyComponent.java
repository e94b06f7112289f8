package org.biadeposit.rembi;

/**
 * A coherent part of the study (one experiment, one assay) with its own File-list.
 *
 * @param fileList the built File-list; null until built
 */
public record StudyComponent(String name, String description, FileSelection files, Associations associations,
	FileList fileList)
{

	public StudyComponent withFileList(FileList list) {
		return new StudyComponent(name, description, files, associations, list);
	}
}

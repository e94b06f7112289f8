// Deposit a dataset folder in the BioImage Archive from a Fiji script (Groovy), through the DepositionService:
// deposit.yaml -> validate and package -> upload and submit. Run it from Fiji's script editor, or headless:
//   fiji-linux-x64 --headless --run deposit-folder.groovy "folder='/data/study',server='beta',user='me@example.org'"
// (ImageJ-linux64 on older installs). The first run writes deposit.yaml from the images; fill it in and run again.
// The password comes from the password file or BIA_PASSWORD; it is never a script argument.
#@ File (label = "Dataset folder", style = "directory") folder
#@ String (label = "Server (prod, beta or a URL)", value = "beta") server
#@ String (label = "BioStudies login (e-mail)") user
#@ String (label = "Password file (or set BIA_PASSWORD)", value = "") passwordfile
#@ DepositionService bia
#@ LogService log
#@output String accession

import java.nio.file.Files
import java.nio.file.Path
import java.time.LocalDate
import org.biadeposit.biostudies.Password

Path root = folder.toPath()
Path config = root.resolve("deposit.yaml")
Path out = root.resolveSibling(root.fileName.toString() + "-bia")

if (!Files.exists(config)) {
	def started = bia.init(root, false, LocalDate.now())
	log.info("Wrote ${started.config()}: fill in the fields marked REQUIRED, then run this script again.")
	return
}

def packaged = bia.pack(root, config, out)
packaged.report().problems().each { log.info(it.toString()) }
if (packaged.written() == null) {
	log.error("Nothing packaged: ${packaged.report().summary()}; fix the errors above.")
	return
}

char[] password = Password.from(passwordfile ? Path.of(passwordfile) : null, System.getenv(), null)
def receipt = bia.submit(out, server, user, password) // wipes the password
accession = receipt.accession()
log.info("Deposited as ${accession}: ${receipt.studyUrl()} (receipt in ${out.resolve('receipt.json')})")

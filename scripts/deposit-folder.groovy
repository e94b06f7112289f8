// Deposit a dataset folder in the BioImage Archive from a Fiji script (Groovy), using the stations directly:
// harvest -> deposit.yaml -> validate -> package -> upload and submit. Run it from Fiji's script editor, or headless:
//   ImageJ-linux64 --headless --run deposit-folder.groovy "folder='/data/study',server='beta',user='me@example.org'"
// The password comes from BIA_PASSWORD or the password file; it is never a script argument.
#@ File (label = "Dataset folder", style = "directory") folder
#@ String (label = "Server (prod, beta or a URL)", value = "beta") server
#@ String (label = "BioStudies login (e-mail)") user
#@ String (label = "Password file (or set BIA_PASSWORD)", value = "") passwordfile
#@ org.biadeposit.harvest.HarvestService harvest
#@ org.scijava.log.LogService log

import java.nio.file.Files
import java.nio.file.Path
import java.time.LocalDate
import org.biadeposit.DepositionWorkflow
import org.biadeposit.biostudies.BioStudiesClient
import org.biadeposit.biostudies.SubmissionRun
import org.biadeposit.biostudies.Password
import org.biadeposit.biostudies.Server
import org.biadeposit.harvest.HarvestCache

Path root = folder.toPath()
Path config = root.resolve("deposit.yaml")
Path out = root.resolveSibling(root.fileName.toString() + "-bia")
def workflow = new DepositionWorkflow(harvest.harvester(), HarvestCache.none(), 4, { d, f, h -> })

if (!Files.exists(config)) {
	def started = workflow.init(root, false, LocalDate.now())
	log.info("Wrote ${started.config()}: fill in the fields marked REQUIRED, then run this script again.")
	return
}

def packaged = workflow.pack(root, config, out)
packaged.report().problems().each { log.info(it.toString()) }
if (packaged.written() == null) {
	log.error("Nothing packaged: ${packaged.report().summary()}; fix the errors above.")
	return
}

char[] password = Password.from(passwordfile ? Path.of(passwordfile) : null, System.getenv(), null)
def client = new BioStudiesClient(Server.of(server))
try {
	def receipt = new SubmissionRun(client, out).run(user, password)
	log.info("Deposited as ${receipt.accession()}: ${receipt.studyUrl()} (receipt in ${out.resolve('receipt.json')})")
} finally {
	client.close()
}

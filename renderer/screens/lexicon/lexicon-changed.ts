// What any change to the library makes stale, a term or an allowed phrase, one by one or
// imported: the desk opens a new version for each (changeLexicon), and both lists show the
// current version, the history lists it, and the try-it box scans with it.
import type { MethodName } from '../../../api/contract';

export const LEXICON_CHANGED: readonly MethodName[] = ['lexicon.list', 'lexicon.allowList', 'lexicon.versions', 'lexicon.try'];

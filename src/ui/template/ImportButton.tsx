import { useRef } from 'react';
import { useDesigner } from '../../store/use-designer';
import { readFileText } from './import-file';

/** "Import template": opens a JSON or YAML file chosen from disk. */
export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const { importText } = useDesigner((s) => s.actions);
  const importFile = useImportFile();
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Import template
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.yaml,.yml,.template,.txt,application/json,application/yaml,text/yaml,text/plain"
        hidden
        aria-label="Template file to import"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) await importFile(file, importText);
        }}
      />
    </>
  );
}

/** Reads a file and opens it, reporting a file that cannot be read the same way as one that cannot be parsed. */
export function useImportFile() {
  const setProblem = useDesigner((s) => s.actions.reportImportProblem);
  return async (file: File, importText: (text: string, source: string) => boolean) => {
    const read = await readFileText(file);
    if ('problem' in read) setProblem({ source: file.name, message: read.problem });
    else importText(read.text, file.name);
  };
}

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('the layer rule', () => {
  it.each([
    ['src/domain/x.ts', "import * as THREE from 'three';\nexport const r = THREE.REVISION;"],
    ['src/domain/x.ts', "import { useState } from 'react';\nexport const s = useState;"],
    ['src/domain/x.ts', "import { atlas } from '../../data/index.ts';\nexport const a = atlas;"],
    ['src/domain/x.ts', 'export const w = window.innerWidth;'],
    ['data/x.ts', "import { create } from 'zustand';\nexport const c = create;"],
    [
      'data/x.ts',
      "import { useSelectionStore } from '../src/state/selectionStore.ts';\nexport const s = useSelectionStore;",
    ],
    ['src/ui/x.ts', "import { Body } from '../scene/Body.tsx';\nexport const b = Body;"],
    ['src/ui/x.ts', "import { Canvas } from '@react-three/fiber';\nexport const c = Canvas;"],
    ['src/ui/x.ts', "import { Color } from 'three';\nexport const c = Color;"],
    [
      'src/scene/x.ts',
      "import { SidePanel } from '../ui/SidePanel.tsx';\nexport const p = SidePanel;",
    ],
    ['src/state/x.ts', "import { Body } from '../scene/Body.tsx';\nexport const b = Body;"],
    [
      'src/ui/x.ts',
      "import { englishAtlas } from '../../scripts/i18n/english.ts';\nexport const e = englishAtlas;",
    ],
    [
      'src/state/x.ts',
      "import { english } from '../../scripts/i18n/english.ts';\nexport const e = english;",
    ],
  ])('forbids %s from importing across layers: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).not.toEqual([]);
  });

  it.each([
    ['src/scene/x.ts', "import { Color } from 'three';\nexport const c = Color;"],
    [
      'src/ui/x.ts',
      "import { useSelectionStore } from '../state/selectionStore.ts';\nexport const s = useSelectionStore;",
    ],
    ['src/state/x.ts', "import { atlas } from '../../data/index.ts';\nexport const a = atlas;"],
    ['data/x.ts', "import { REGIONS } from '../src/domain/regions.ts';\nexport const r = REGIONS;"],
  ])('allows %s to import downward: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});

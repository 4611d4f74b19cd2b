// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { presenterAction } from '../../client/features/presenter/presenterKeys';

document.body.innerHTML = `
  <main id="plain"><p id="text">tekst</p></main>
  <button id="button">Næste</button>
  <div role="radiogroup"><button role="radio" id="radio">Idéer</button></div>
  <input id="input" /><textarea id="area"></textarea><select id="select"></select>
  <div contenteditable="true" id="editable"></div>
  <dialog open><button id="in-dialog">Luk</button></dialog>`;
const at = (id: string) => document.getElementById(id);
const press = (key: string, target: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; defaultPrevented: boolean }> = {}) =>
  presenterAction({ key, target: at(target), ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, ...mods });

describe('presenter shortcuts', () => {
  it.each([
    ['PageDown', 'text', 'next'],
    ['PageUp', 'text', 'previous'],
    ['ArrowRight', 'text', 'next'],
    [' ', 'text', 'next'],
    ['ArrowLeft', 'text', 'previous'],
    ['+', 'text', 'extend'],
    ['b', 'text', 'phase'],
    ['B', 'text', 'phase'],
    ['?', 'text', 'help'],
    ['x', 'text', null],
    // A clicker's keys drive the day wherever the focus is; arrows and space keep their meaning on controls.
    ['PageDown', 'button', 'next'],
    ['PageUp', 'radio', 'previous'],
    [' ', 'button', null],
    ['ArrowRight', 'radio', null],
    ['ArrowLeft', 'button', null],
    ['b', 'button', 'phase'],
    // Typing is never a shortcut, nor anything inside an open dialog.
    ['b', 'input', null],
    ['PageDown', 'area', null],
    ['+', 'select', null],
    ['ArrowRight', 'editable', null],
    ['PageDown', 'in-dialog', null],
  ] as const)('%j on #%s is %s', (key, target, action) => {
    expect(press(key, target)).toBe(action);
  });

  it('leaves keys with a modifier, or already handled, to the browser', () => {
    expect(press('b', 'text', { ctrlKey: true })).toBeNull();
    expect(press('PageDown', 'text', { metaKey: true })).toBeNull();
    expect(press('ArrowRight', 'text', { altKey: true })).toBeNull();
    expect(press('PageDown', 'text', { defaultPrevented: true })).toBeNull();
  });
});

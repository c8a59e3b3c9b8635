// Small Dutch fixtures for the plan-like content types: an author, a roadmap, a competence
// framework and a step plan typed as the content schema's StepPlan (not HowToInput).
import type { Author, CompetenceFramework, Roadmap, StepPlan } from '@aira/content-schema';

export const editors: Author = {
  id: 'redactie-aira',
  name: 'Redactie AIRA',
  role: 'Redactie',
  bio: 'De redactie schrijft over AI-training voor het mkb.',
  url: '/auteurs/redactie-aira',
  sameAs: ['https://www.linkedin.com/company/aira-voorbeeld'],
  locale: 'nl-NL',
};

export const roadmapFixture: Roadmap = {
  id: '90-dagen',
  name: 'De 90-dagenroadmap',
  locale: 'nl-NL',
  totalWeeks: 13,
  phases: [
    {
      name: 'Verkennen',
      goal: 'Weten waar je begint.',
      weeks: { from: 1, to: 4 },
      activities: ['Doelen vaststellen.'],
      deliverables: ['AI-visie'],
      owners: ['Directie'],
    },
    {
      name: 'Experimenteren',
      weeks: { from: 5, to: 9 },
      activities: ['Pilot draaien.', 'Team trainen.'],
      deliverables: ['Pilotresultaten'],
      owners: ['Teamleiders'],
    },
    {
      name: 'Opschalen',
      weeks: { from: 10, to: 13 },
      activities: ['Uitbreiden wat werkt.'],
      deliverables: ['Opschalingsplan'],
      owners: ['Directie', 'HR'],
    },
  ],
};

export const frameworkFixture: CompetenceFramework = {
  id: 'ai-leiderschap',
  name: 'Competenties voor AI-leiderschap',
  locale: 'nl-NL',
  url: '/competenties',
  competences: [
    {
      id: 'ai-geletterdheid',
      name: 'AI-geletterdheid',
      description: 'Begrijpen wat AI kan.',
      behaviours: ['Controleert uitkomsten.'],
    },
    {
      id: 'experimenteren',
      name: 'Experimenteren',
      description: 'Klein beginnen en bijsturen.',
      behaviours: ['Start met een pilot.', 'Stuurt bij.'],
    },
  ],
  levels: [
    {
      id: 'gebruikers',
      name: 'Gebruikers',
      description: 'Gebruiken AI.',
      share: 80,
      competences: ['ai-geletterdheid'],
    },
    {
      id: 'verbinders',
      name: 'Verbinders',
      description: 'Verbinden.',
      share: 15,
      competences: ['experimenteren'],
    },
    { id: 'specialisten', name: 'Specialisten', description: 'Bouwen.', share: 5, competences: [] },
  ],
};

export const stepPlanContent: StepPlan = {
  id: 'stappenplan-ai',
  name: 'In 3 stappen',
  locale: 'nl-NL',
  steps: [
    { position: 1, name: 'Doelen', text: 'Bepaal **doelen**.', outcome: 'Doelen.' },
    {
      position: 2,
      name: 'Pilot',
      text: 'Draai een pilot.',
      outcome: 'Resultaten.',
      duration: { min: 4, max: 8, unit: 'weeks' },
    },
    { position: 3, name: 'Opschalen', text: 'Breid uit.', outcome: 'Plan.' },
  ],
};

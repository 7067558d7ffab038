// Draws the case's process diagram with bpmn-js: the steps done in green, the current ones in amber.
(function () {
  'use strict';
  var container = document.getElementById('canvas');
  var diagram = JSON.parse(container.getAttribute('data-diagram'));
  var viewer = new BpmnJS({ container: '#canvas' });
  viewer.importXML(diagram.bpmnXml).then(function () {
    var canvas = viewer.get('canvas');
    var registry = viewer.get('elementRegistry');
    canvas.zoom('fit-viewport');
    diagram.completedActivityIds.filter(function (id) { return registry.get(id); })
      .forEach(function (id) { canvas.addMarker(id, 'highlight-done'); });
    diagram.activeActivityIds.filter(function (id) { return registry.get(id); })
      .forEach(function (id) { canvas.addMarker(id, 'highlight-active'); });
  });
})();

window.LIBRO_BUSQUEDA.recibir("s-sc",["busc","osc"]);

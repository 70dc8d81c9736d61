window.LIBRO_BUSQUEDA.recibir("s-am",["acompanam","avanzam","esperam","estam","trabajam"]);

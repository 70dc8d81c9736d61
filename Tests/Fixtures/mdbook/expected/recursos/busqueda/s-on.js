window.LIBRO_BUSQUEDA.recibir("s-on",["balcon","jabon","pulgon"]);

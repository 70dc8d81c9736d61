window.LIBRO_BUSQUEDA.recibir("s-ja",["baja","deja","hoja"]);

window.LIBRO_BUSQUEDA.recibir("s-iz",["hortaliz","matriz","prioriz","ruiz"]);

window.LIBRO_BUSQUEDA.recibir("t-ic",{"ics":[3,[43,1,87,1,44,1,88,1,45,1,90,1]]});

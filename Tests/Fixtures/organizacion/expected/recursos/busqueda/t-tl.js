window.LIBRO_BUSQUEDA.recibir("t-tl",{"tlaloc":[3,[36,2,55,1,3,1,12,1,38,1,1,1,1,1]]});
